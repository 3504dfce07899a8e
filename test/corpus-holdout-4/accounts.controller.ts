import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StatusCodes as SC } from 'http-status-codes';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

type AuthedRequest = Request & { user?: UserEntity; aborted?: boolean };

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly users: UsersService) {}

  @Get(':id/password')
  @HttpCode(405) // expect: no-magic-status, require-status-headers
  passwordReadNotAllowed() {
    return { message: 'Use POST /users/:id/password' };
  }

  @Put(':id/password')
  @Header('Allow', 'POST')
  @HttpCode(405) // expect: no-magic-status
  passwordPutNotAllowed() {
    return { message: 'Use POST /users/:id/password' };
  }

  @Post('export')
  @HttpCode(HttpStatus.PROCESSING) // expect: no-deprecated-status
  async exportAll(@Body() body: { format: 'csv' | 'json' }): Promise<void> {
    await this.users.enqueueExport(body.format, { chunkSize: 400 });
  }

  @Post('import')
  @HttpCode(202) // expect: no-magic-status
  async importAll(@Body() body: { url: string }) {
    const jobId = await this.users.enqueueImport(body.url);
    return { jobId, pollAfterSeconds: 120 };
  }

  @Get(':id/permissions')
  async permissions(@Param('id', ParseIntPipe) id: number, @Res({ passthrough: true }) res: Response) {
    const perms = await this.users.permissions(id);
    if (perms.partial) {
      res.status(HttpStatus.CONTENT_DIFFERENT); // expect: no-unknown-status
    }
    return perms.items.slice(0, 300);
  }

  @Get(':id/feed')
  async feed(@Param('id', ParseIntPipe) id: number, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    const items = await this.users.feed(id, { take: 150 });
    if (req.aborted) {
      res.status(499); // expect: no-unknown-status
      return [];
    }
    return items;
  }

  @Get(':id/statement')
  @ApiResponse({ status: 400, description: 'Invalid month' }) // expect: no-magic-status
  @ApiResponse({ status: HttpStatus.NOT_FOUND, description: 'No statement for that month' })
  async statement(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const statement = await this.users.statement(id, { lines: 250 });
    if (!statement) {
      res.status(SC.NOT_FOUND).json({ message: 'No statement' });
      return;
    }
    if (statement.redirectTo) {
      res.location(statement.redirectTo);
      res.status(SC.MOVED_TEMPORARILY).end();
      return;
    }
    res.status(200).json(statement); // expect: no-magic-status
  }

  @Put(':id/avatar')
  async replaceAvatar(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    await this.users.replaceAvatar(id, { width: 400, height: 400 });
    res.status(204).send(); // expect: no-magic-status
  }

  @Put(':id/nickname')
  async nickname(@Param('id', ParseIntPipe) id: number, @Body() body: { nickname: string }, @Res() res: Response) {
    await this.users.setNickname(id, body.nickname.slice(0, 180));
    res.status(HttpStatus.NO_CONTENT).json(null);
  }

  @Put(':id/theme')
  async theme(@Param('id', ParseIntPipe) id: number, @Body() body: { fontWeight: number }, @Res() res: Response) {
    await this.users.setTheme(id, { fontWeight: body.fontWeight ?? 500, zIndex: 100 });
    res.status(204).json({ saved: true }); // expect: no-magic-status, no-body-with-bodiless-status
  }

  @Get(':id/proxy-settings')
  proxySettings(@Res() res: Response) {
    res.status(SC.USE_PROXY).end(); // expect: no-deprecated-status
  }
}
