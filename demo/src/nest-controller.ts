// A NestJS controller. It already imports from @nestjs/common, so the fixes use NestJS's own HttpStatus enum.
import { Body, Controller, Delete, Get, HttpCode, HttpException, NotFoundException, Param, Post, Redirect } from "@nestjs/common";
import { ApiResponse } from "@nestjs/swagger";
import { CatsService, type CreateCatDto } from "./cats.service";

const MAX_CATS = 1000;

@Controller("cats")
export class CatsController {
  constructor(private readonly cats: CatsService) {}

  @Get(":id")
  @ApiResponse({ status: 200, description: "The cat" })
  @ApiResponse({ status: 404, description: "No such cat" })
  async findOne(@Param("id") id: string) {
    const cat = await this.cats.find(id);
    if (!cat) throw new NotFoundException(`No cat ${id}`);
    return cat;
  }

  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateCatDto) {
    if ((await this.cats.count()) >= MAX_CATS) throw new HttpException("The shelter is full", 507);
    return this.cats.create(dto);
  }

  @Delete(":id")
  @HttpCode(204)
  async remove(@Param("id") id: string): Promise<void> {
    await this.cats.remove(id);
  }

  @Get("legacy/:id")
  @Redirect("https://cats.example.com", 301)
  legacy() {}

  // NestJS's HttpStatus has no 426, so this one is reported without a fix.
  @Get("v1/:id")
  upgrade() {
    throw new HttpException("Use the v2 API", 426);
  }
}
