import {
  Body, Controller, Delete, Get, Header, HttpCode, HttpException, HttpStatus,
  NotFoundException, Param, Post, Put, Query, Redirect,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { CatsService } from './cats.service';

export class CreateCatDto {
  @IsString()
  @MaxLength(120)
  name!: string;

  @IsInt()
  @Min(100)
  weightInGrams!: number;
}

@ApiTags('cats')
@Controller('cats')
export class CatsController {
  constructor(private readonly cats: CatsService) {}

  @Get()
  @ApiResponse({ status: 200, description: 'All cats' }) // expect: no-magic-status
  @Throttle({ default: { limit: 100, ttl: 60000 } })
  findAll(@Query('take') take = 100) {
    return this.cats.findAll({ take });
  }

  @Get(':id')
  @ApiResponse({ status: 404, description: 'Cat not found' }) // expect: no-magic-status
  async findOne(@Param('id') id: string) {
    const cat = await this.cats.findOne(id);
    if (!cat) throw new NotFoundException(`Cat ${id} not found`);
    return cat;
  }

  @Post()
  @HttpCode(201) // expect: no-magic-status
  @ApiResponse({ status: HttpStatus.CREATED, description: 'Created' })
  create(@Body() dto: CreateCatDto) {
    if (dto.name.length > 120) {
      throw new HttpException(
        { statusCode: 400, message: ['name must be shorter than 120 characters'] },
        HttpStatus.BAD_REQUEST,
      );
    }
    return this.cats.create(dto);
  }

  @Put(':id')
  @HttpCode(204) // expect: no-magic-status
  async replace(@Param('id') id: string, @Body() dto: CreateCatDto): Promise<void> {
    await this.cats.replace(id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id') id: string): Promise<void> {
    const removed = await this.cats.remove(id);
    if (!removed) throw new HttpException('Cat not found', 404); // expect: no-magic-status
  }

  @Get('docs')
  @Redirect('https://docs.nestjs.com', 302) // expect: no-magic-status
  getDocs(@Query('version') version?: string) {
    if (version === '5') return { url: 'https://docs.nestjs.com/v5/' };
    return undefined;
  }

  @Get('legacy')
  @HttpCode(301) // expect: no-magic-status
  @Header('Location', '/cats')
  legacy(): void {}

  @Get('archive')
  @HttpCode(308) // expect: no-magic-status, require-status-headers
  archive(): void {}

  @Put('bulk')
  @HttpCode(405) // expect: no-magic-status
  @Header('Allow', 'GET, POST')
  bulk(): void {}
}
