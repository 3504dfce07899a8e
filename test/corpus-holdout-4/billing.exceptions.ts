import { BadRequestException, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { StatusCodes } from 'http-status-codes';

export const MIN_CHARGE_CENTS = 100;
export const MAX_CHARGE_CENTS = 500_000;
export const HTTP_PAYMENT_REQUIRED = 402;

export class PaymentRequiredException extends HttpException {
  constructor() {
    super('Payment required', 402); // expect: no-magic-status
  }
}

export class AccountLockedException extends HttpException {
  constructor(accountId: string) {
    super(`Account ${accountId} is locked`, 423); // expect: no-magic-status
  }
}

export class QuotaExceededException extends HttpException {
  constructor(limit: number) {
    super({ message: `Quota of ${limit} requests exceeded`, limit }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

export class ValidationFailedException extends HttpException {
  constructor(readonly errors: string[]) {
    super({ message: 'Validation failed', errors: errors.slice(0, 100) }, HttpStatus.UNPROCESSABLE_ENTITY);
  }
}

export function methodFailure(reason: string): HttpException {
  return new HttpException(reason, StatusCodes.METHOD_FAILURE); // expect: no-unknown-status
}

export function storageFull(): HttpException {
  return new HttpException('Invoice storage is full', StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE); // expect: no-unknown-status
}

export function processorUnrecoverable(): HttpException {
  return new HttpException('Payment processor failed', HttpStatus.UNRECOVERABLE_ERROR); // expect: no-unknown-status
}

export function processorFrozen(): HttpException {
  return new HttpException('Payment processor frozen', 530); // expect: no-unknown-status
}

export function processorBandwidth(): HttpException {
  return new HttpException('Payment processor over quota', 509); // expect: no-unknown-status
}

export function legacyGateway(): HttpException {
  return new HttpException('Use the billing proxy', StatusCodes.USE_PROXY); // expect: no-deprecated-status
}

export function switchGateway(): HttpException {
  return new HttpException('Switch proxy', 306); // expect: no-magic-status, no-deprecated-status
}

interface Account {
  id: string;
  locked: boolean;
  card?: { last4: string; expYear: number };
  spentThisMonthCents: number;
}

@Injectable()
export class BillingService {
  private static readonly RETRY_DELAYS_MS = [100, 250, 500];
  private static readonly MONTHLY_CAP_CENTS = 250_000;

  async charge(account: Account, amountCents: number): Promise<{ id: string }> {
    if (amountCents < MIN_CHARGE_CENTS || amountCents > MAX_CHARGE_CENTS) {
      throw new BadRequestException('Amount out of range');
    }
    if (account.locked) {
      throw new AccountLockedException(account.id);
    }
    if (!account.card) {
      throw new PaymentRequiredException();
    }
    if (account.spentThisMonthCents + amountCents > BillingService.MONTHLY_CAP_CENTS) {
      throw new HttpException('Monthly cap reached', 402); // expect: no-magic-status
    }
    for (const delay of BillingService.RETRY_DELAYS_MS) {
      const result = await this.tryCharge(account, amountCents);
      if (result) return result;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    throw new HttpException('Processor unavailable', HttpStatus.SERVICE_UNAVAILABLE);
  }

  private async tryCharge(account: Account, amountCents: number): Promise<{ id: string } | null> {
    const fee = Math.round(amountCents * 0.029) + 30;
    const cappedFee = Math.min(fee, 450);
    const receiptLines = [`card ****${account.card?.last4}`, `fee ${cappedFee}`].join('\n').slice(0, 280);
    return receiptLines.length > 0 ? { id: `ch_${Date.now() % 900}` } : null;
  }
}
