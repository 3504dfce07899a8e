import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Put,
  Query,
  Redirect,
  Res,
} from '@nestjs/common';
import { ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { IsInt, Max, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import { CatsService } from './cats.service';

export class CreateCatDto {
  @ApiProperty({ maxLength: 120, example: 'Tom' })
  @MaxLength(120)
  name!: string;

  @ApiProperty({ minimum: 0, maximum: 300 })
  @IsInt()
  @Min(0)
  @Max(300)
  ageInMonths!: number;
}

@ApiTags('cats')
@Controller('cats')
export class CatsController {
  constructor(private readonly cats: CatsService) {}

  @Get()
  @ApiResponse({ status: 200, description: 'List of cats' }) // expect: no-magic-status
  @Header('Cache-Control', 'max-age=300')
  @Throttle({ default: { limit: 100, ttl: 60000 } })
  findAll(@Query('limit') limit = 100) {
    return this.cats.findAll(Math.min(limit, 500));
  }

  @Post()
  @HttpCode(201) // expect: no-magic-status
  @ApiResponse({ status: 400, description: 'Validation failed' }) // expect: no-magic-status
  create(@Body() dto: CreateCatDto) {
    return this.cats.create(dto);
  }

  @Delete(':id')
  @HttpCode(204) // expect: no-magic-status
  async remove(@Param('id') id: string): Promise<void> {
    await this.cats.remove(id);
  }

  @Get('docs')
  @Redirect('https://docs.nestjs.com', 301) // expect: no-magic-status
  getDocs() {}

  @Get(':id')
  @ApiResponse({
    status: 404, // expect: no-magic-status
    description: 'Cat not found',
  })
  async findOne(@Param('id') id: string) {
    const cat = await this.cats.findOne(id);
    if (!cat) throw new HttpException('Cat not found', 404); // expect: no-magic-status
    if (cat.hidden) {
      throw new HttpException(
        { reason: 'hidden', retryAfter: 120 },
        403, // expect: no-magic-status
      );
    }
    if (cat.quarantined) throw new HttpException('Quarantined', HttpStatus.UNAUTHORIZED);
    return cat;
  }

  @Put(':id/legacy')
  @HttpCode(405) // expect: no-magic-status
  @Header('Allow', 'GET, DELETE')
  legacyUpdate() {
    return { error: 'use PATCH', maxBatch: 500 };
  }

  @Get(':id/photo')
  async photo(@Param('id') id: string, @Res() res: Response) {
    if (!id) return res.status(401).json({ error: 'login required' }); // expect: no-magic-status, require-status-headers
    const cached = await this.cats.cachedPhoto(id, { width: 400, height: 300 });
    if (cached) return res.status(HttpStatus.NO_CONTENT).send(cached); // expect: no-body-with-bodiless-status
    res.status(HttpStatus.OK).sendFile(`/photos/${id}.jpg`);
  }

  @Get(':id/owner')
  async owner(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const owner = await this.cats.owner(id);
    if (!owner) throw new NotFoundException();
    res.status(200); // expect: no-magic-status
    return owner;
  }

  @Post('jobs')
  @HttpCode(HttpStatus.PROCESSING) // expect: no-deprecated-status
  async enqueue(@Body() body: { batch: number }): Promise<void> {
    await this.cats.enqueue(Math.min(body.batch, 250));
  }

  @Post('mirror')
  @HttpCode(HttpStatus.CONTENT_DIFFERENT) // expect: no-unknown-status
  mirror(@Body() dto: CreateCatDto) {
    return this.cats.mirror(dto);
  }

  @Post('archive')
  async archive(@Body() dto: CreateCatDto) {
    const ok = await this.cats.archive(dto, { timeoutMs: 300 });
    if (!ok) throw new HttpException('storage failed', HttpStatus.UNRECOVERABLE_ERROR); // expect: no-unknown-status
    return { archived: true };
  }
}
