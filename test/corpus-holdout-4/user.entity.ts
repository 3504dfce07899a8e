import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OrderStatus {
  Draft = 100,
  Placed = 200,
  Paid = 300,
  Shipped = 400,
  Cancelled = 500,
}

export enum Priority {
  Low = 100,
  Normal = 200,
  High = 300,
  Urgent = 404,
}

export const enum Tier {
  Free = 0,
  Pro = 200,
  Enterprise = 500,
}

export const NOT_FOUND_CODE = 404;
export const TEAPOT = 418;

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ length: 120 })
  name!: string;

  @Index({ unique: true })
  @Column({ length: 255 })
  email!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  bio?: string;

  @Column({ type: 'int', default: 100 })
  credits!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  balance!: string;

  @Column({ default: false })
  locked!: boolean;

  @Column({ type: 'int', default: 1 }) version!: number;

  @CreateDateColumn()
  createdAt!: Date;
}

@Entity('orders')
export class OrderEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', default: OrderStatus.Draft })
  status!: OrderStatus;

  @Column({ type: 'smallint', default: 200 })
  priority!: Priority;

  @Column({ type: 'varchar', length: 280, nullable: true })
  note?: string;

  @Column({ type: 'int' })
  amountCents!: number;
}

export class CreateUserDto {
  @ApiProperty({ example: 'Ada Lovelace', maxLength: 120 })
  @IsString()
  @Length(3, 120)
  name!: string;

  @ApiProperty({ example: 'ada@example.com', maxLength: 255 })
  @IsEmail()
  @MaxLength(255)
  email!: string;

  @IsInt()
  @Min(13)
  @Max(150)
  age!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @MaxLength(500)
  bio?: string;
}

export class UpdateUserDto {
  @IsOptional()
  @Length(3, 200)
  name?: string;

  @IsOptional()
  @MaxLength(500)
  bio?: string;

  @IsInt()
  version!: number;
}

export class CreateOrderDto {
  @IsEnum(OrderStatus)
  @IsIn([OrderStatus.Draft, OrderStatus.Placed])
  status!: OrderStatus;

  @IsInt()
  @Min(100)
  @Max(99999)
  amountCents!: number;

  @IsOptional()
  @IsIn([100, 200, 300])
  priority?: Priority;

  @IsOptional()
  @MaxLength(280)
  note?: string;
}

export class PageQueryDto {
  @IsInt()
  @Max(500)
  take = 100;

  @IsInt()
  @Min(0)
  skip = 0;
}
