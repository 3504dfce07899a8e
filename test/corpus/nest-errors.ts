// NestJS controller that throws HttpExceptions and writes to the platform response with @Res().
import { Controller, Get, HttpCode, HttpException, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { StatsService } from './stats.service';

@Controller('admin')
export class AdminController {
  constructor(private readonly stats: StatsService) {}

  @Get('secret')
  secret(@Res() res: Response) {
    res.status(401).json({ message: 'Unauthorized' }); // expect: no-magic-status, require-status-headers
  }

  @Get('vault')
  vault(@Res({ passthrough: true }) res: Response) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="vault"');
    res.status(HttpStatus.UNAUTHORIZED);
    return { message: 'token required' };
  }

  @Get('forbidden')
  forbidden() {
    throw new HttpException({ status: HttpStatus.FORBIDDEN, error: 'no cats for you' }, 403); // expect: no-magic-status
  }

  @Get('login')
  login() {
    throw new HttpException('Unauthorized', 401); // expect: no-magic-status
  }

  @Post('adopt')
  @HttpCode(102) // expect: no-magic-status, no-deprecated-status
  adopt(): void {}

  @Get('overload')
  overload() {
    throw new HttpException('Too much', 509); // expect: no-unknown-status
  }

  @Get('different')
  @HttpCode(HttpStatus.CONTENT_DIFFERENT) // expect: no-unknown-status
  different() {
    return this.stats.findAll({ take: 10 });
  }

  @Get('unrecoverable')
  unrecoverable() {
    throw new HttpException('Cannot recover', HttpStatus.UNRECOVERABLE_ERROR); // expect: no-unknown-status
  }

  @Get('slow')
  slow() {
    throw new HttpException('Still processing', HttpStatus.PROCESSING); // expect: no-deprecated-status
  }

  @Get('stats')
  @ApiResponse({ status: 503, description: 'Stats backend down' }) // expect: no-magic-status
  async getStats(@Res() res: Response) {
    const s = await this.stats.summary();
    res.status(200).json(s); // expect: no-magic-status
  }
}
