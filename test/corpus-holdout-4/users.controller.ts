import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Redirect,
  Req,
  Res,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CreateUserDto, UpdateUserDto, UserEntity } from './user.entity';
import { UsersService } from './users.service';

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;
const MAX_QUERY_LENGTH = 200;

type AuthedRequest = Request & { user?: UserEntity; aborted?: boolean };

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiResponse({ status: 200, description: 'Paginated list of users' }) // expect: no-magic-status
  @Header('Cache-Control', 'max-age=300')
  async list(@Query('take') take = DEFAULT_PAGE_SIZE, @Query('skip') skip = 0) {
    const limit = Math.min(take, MAX_PAGE_SIZE);
    return this.users.findMany({ take: limit, skip });
  }

  @Get('search')
  @ApiResponse({ status: HttpStatus.OK, description: 'Search results' })
  async search(@Query('q') q: string) {
    if (q.length > MAX_QUERY_LENGTH) {
      throw new BadRequestException('Query too long');
    }
    return this.users.search(q.slice(0, 120), { limit: 250, minScore: 0.4 });
  }

  @Get('me')
  async me(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    if (!req.user) {
      res.status(401); // expect: no-magic-status, require-status-headers
      return { message: 'Login required' };
    }
    return req.user;
  }

  @Get('me/session')
  async session(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response) {
    if (!req.user) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="users"');
      res.status(401); // expect: no-magic-status
      return { message: 'Session expired' };
    }
    return { userId: req.user.id, ttlSeconds: 900 };
  }

  @Get(':id')
  @ApiResponse({ status: 404, description: 'User not found' }) // expect: no-magic-status
  async findOne(@Param('id', ParseIntPipe) id: number) {
    const user = await this.users.findById(id);
    if (!user) {
      throw new NotFoundException(`User ${id} not found`);
    }
    return user;
  }

  @Post()
  @HttpCode(201) // expect: no-magic-status
  @ApiResponse({ status: 201, description: 'User created' }) // expect: no-magic-status
  @ApiResponse({ status: 409, description: 'Email already taken' }) // expect: no-magic-status
  async create(@Body() dto: CreateUserDto, @Res({ passthrough: true }) res: Response) {
    if (await this.users.emailExists(dto.email)) {
      throw new HttpException('Email already taken', 409); // expect: no-magic-status
    }
    const user = await this.users.create(dto);
    res.setHeader('Location', `/users/${user.id}`);
    return user;
  }

  @Put(':id')
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateUserDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (dto.bio && dto.bio.length > 500) {
      throw new HttpException('Bio too long', HttpStatus.PAYLOAD_TOO_LARGE);
    }
    const current = await this.users.findById(id);
    if (!current) {
      res.status(404); // expect: no-magic-status
      return { message: 'not found' };
    }
    if (current.version !== dto.version) {
      throw new ConflictException('Stale version');
    }
    if (current.locked) {
      throw new HttpException('Resource locked', 423); // expect: no-magic-status
    }
    return this.users.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204) // expect: no-magic-status
  async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.users.softDelete(id, { retentionDays: 365 });
  }

  @Delete(':id/sessions')
  @HttpCode(HttpStatus.NO_CONTENT)
  async revokeSessions(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.users.revokeSessions(id);
  }

  @Get(':id/avatar')
  @Redirect('https://cdn.example.com/avatars/default.png', 302) // expect: no-magic-status
  async avatar(@Param('id', ParseIntPipe) id: number) {
    const url = await this.users.avatarUrl(id, { size: 256 });
    return url ? { url } : undefined;
  }

  @Get('profile/legacy')
  @Redirect('/users/me', 301) // expect: no-magic-status
  legacyProfile(): void {}
}
