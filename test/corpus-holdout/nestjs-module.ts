// invoices/invoice.module.ts (+ service and controller inlined)
import {
  All, Body, Controller, Delete, ForbiddenException, Get, Header, HttpCode, HttpException, HttpStatus,
  Injectable, Module, NotFoundException, Param, Post, Put, Redirect, Res,
} from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

export class PaymentRequiredException extends HttpException {
  constructor(plan: string) {
    super(`Plan ${plan} required`, HttpStatus.PAYMENT_REQUIRED);
  }
}

interface Invoice {
  id: string;
  amountCents: number;
  status: 'draft' | 'sent' | 'paid';
  lockedUntil?: Date;
}

class CreateInvoiceDto {
  amountCents!: number;
  currency!: 'EUR' | 'USD';
}

@Injectable()
export class InvoiceService {
  private readonly invoices = new Map<string, Invoice>();
  private readonly maxDraftAgeDays = 180;
  private readonly maxAmountCents = 500_000;

  find(id: string): Invoice {
    const hit = this.invoices.get(id);
    if (!hit) throw new NotFoundException(`invoice ${id}`);
    return hit;
  }

  assertEditable(inv: Invoice): void {
    if (inv.status === 'paid') {
      throw new HttpException('Paid invoices are immutable', 409); // expect: no-magic-status
    }
    if (inv.lockedUntil && inv.lockedUntil > new Date()) {
      const details = { reason: 'locked', retryInMs: 250 };
      throw new HttpException(details, 423); // expect: no-magic-status
    }
  }

  charge(inv: Invoice, plan: string): void {
    if (plan === 'free') throw new PaymentRequiredException(plan);
    if (inv.amountCents > this.maxAmountCents) {
      throw new HttpException('Amount exceeds limit', 422); // expect: no-magic-status
    }
  }

  requireToken(token?: string): void {
    if (!token) throw new HttpException('Unauthorized', 401); // expect: no-magic-status
    if (token.length < 128) throw new ForbiddenException('weak token');
  }

  queueRender(): never {
    throw new HttpException('still rendering', HttpStatus.PROCESSING); // expect: no-deprecated-status
  }

  legacyExport(): never {
    throw new HttpException('export format retired', HttpStatus.UNRECOVERABLE_ERROR); // expect: no-unknown-status
  }

  create(dto: CreateInvoiceDto): Invoice {
    const id = Math.random().toString(36).slice(2, 10);
    const inv: Invoice = { id, amountCents: Math.round(dto.amountCents), status: 'draft' };
    this.invoices.set(id, inv);
    return inv;
  }
}

@ApiTags('invoices')
@Controller('invoices')
export class InvoiceController {
  constructor(private readonly svc: InvoiceService) {}

  @Get(':id')
  @ApiResponse({ status: 200, description: 'The invoice' }) // expect: no-magic-status
  @ApiResponse({ status: HttpStatus.NOT_FOUND, description: 'Unknown invoice' })
  get(@Param('id') id: string): Invoice {
    return this.svc.find(id);
  }

  @Post()
  @Throttle({ default: { limit: 100, ttl: 60_000 } })
  @HttpCode(201) // expect: no-magic-status
  create(@Body() dto: CreateInvoiceDto): Invoice {
    return this.svc.create(dto);
  }

  @Delete(':id')
  @HttpCode(204) // expect: no-magic-status
  remove(@Param('id') id: string): void {
    this.svc.assertEditable(this.svc.find(id));
  }

  @Put(':id/archive')
  @HttpCode(HttpStatus.NO_CONTENT)
  archive(@Param('id') id: string): void { this.svc.find(id); }

  @Post(':id/send')
  @HttpCode(202) // expect: no-magic-status
  send(@Param('id') id: string) {
    return { queued: this.svc.find(id).id };
  }

  @Get('legacy/:id')
  @Redirect('/invoices', 301) // expect: no-magic-status
  legacy(): void {}

  @All('bulk-import')
  @HttpCode(405) // expect: no-magic-status
  @Header('Allow', 'POST')
  bulkImportWrongMethod() {
    return { message: 'use POST' };
  }

  @Put('bulk')
  @HttpCode(405) // expect: no-magic-status, require-status-headers
  bulkUpdate() {
    return { message: 'bulk updates are not supported' };
  }

  @Get(':id/pdf')
  pdf(@Param('id') id: string, @Res() res: Response) {
    const inv = this.svc.find(id);
    if (inv.status === 'draft') {
      return res.status(409).json({ message: 'draft invoices have no PDF' }); // expect: no-magic-status
    }
    res.setHeader('Content-Type', 'application/pdf');
    res.status(200).send(Buffer.alloc(0)); // expect: no-magic-status
  }

  @Get(':id/preview')
  preview(@Param('id') id: string, @Res() res: Response) {
    return res.status(302).json({ preview: `/previews/${id}.png` }); // expect: no-magic-status, require-status-headers
  }
}

@Module({ controllers: [InvoiceController], providers: [InvoiceService] })
export class InvoiceModule {}
