import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpException,
  HttpStatus as Http,
  Param,
  ParseIntPipe,
  Post,
  Res,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { status } from 'http-status';
import { constants } from 'node:http2';
import { CreateOrderDto, OrderStatus } from './user.entity';
import { OrdersService } from './orders.service';

const MAX_ITEMS_PER_ORDER = 250;

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  @HttpCode(Http.CREATED)
  @ApiResponse({ status: 201, description: 'Order placed' }) // expect: no-magic-status
  @ApiResponse({ status: 422, description: 'Too many items' }) // expect: no-magic-status
  async place(@Body() dto: CreateOrderDto, @Res({ passthrough: true }) res: Response) {
    if (dto.amountCents > 100_000 && dto.status === OrderStatus.Draft) {
      throw new HttpException('Draft orders cannot exceed the cap', 422); // expect: no-magic-status
    }
    const order = await this.orders.place(dto, { maxItems: MAX_ITEMS_PER_ORDER });
    res.setHeader('Location', `/orders/${order.id}`);
    return order;
  }

  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const order = await this.orders.find(id);
    if (!order) {
      res.status(404).json({ message: `Order ${id} not found` }); // expect: no-magic-status
      return;
    }
    if (order.status === OrderStatus.Cancelled) {
      res.status(410).json({ message: 'Order was cancelled' }); // expect: no-magic-status
      return;
    }
    res.status(status.OK).json(order);
  }

  @Get(':id/receipt')
  async receipt(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const receipt = await this.orders.receipt(id, { lines: 120 });
    if (!receipt) {
      res.status(404).json({ message: 'No receipt yet' }); // expect: no-magic-status
      return;
    }
    res.status(200).json(receipt); // expect: no-magic-status
  }

  @Post(':id/cancel')
  @HttpCode(200) // expect: no-magic-status
  async cancel(@Param('id', ParseIntPipe) id: number) {
    return this.orders.cancel(id, { refundWithinDays: 180 });
  }

  @Post(':id/ship')
  async ship(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    await this.orders.ship(id, { weightGrams: 450, boxWidthMm: 320 });
    res.status(Http.NO_CONTENT).end();
  }

  @Post(':id/notes')
  async addNote(@Param('id', ParseIntPipe) id: number, @Body() body: { text: string }, @Res() res: Response) {
    await this.orders.addNote(id, body.text.slice(0, 280));
    res.status(Http.NO_CONTENT).json({ saved: true }); // expect: no-body-with-bodiless-status
  }

  @Post(':id/refresh')
  async refresh(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const changed = await this.orders.refresh(id);
    if (!changed) {
      res.status(304).send(''); // expect: no-magic-status
      return;
    }
    res.json(changed);
  }

  @Get(':id/tracking')
  async tracking(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const url = await this.orders.trackingUrl(id);
    res.status(status.SEE_OTHER).send(url); // expect: require-status-headers
  }

  @Get(':id/invoice')
  async invoice(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const url = await this.orders.invoiceUrl(id);
    res.redirect(303, url); // expect: no-magic-status
  }

  @Get(':id/label')
  @Header('Cache-Control', 'private, max-age=600')
  async label(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const pdf = await this.orders.labelPdf(id, { dpi: 300 });
    res.status(200).type('application/pdf').send(pdf); // expect: no-magic-status
  }

  @Get(':id/warehouse')
  warehouse(@Res() res: Response) {
    res.status(status.SWITCH_PROXY).end(); // expect: no-deprecated-status
  }

  @Get(':id/carrier')
  carrier(@Res() res: Response) {
    res.status(status.USE_PROXY).end(); // expect: no-deprecated-status
  }

  @Get(':id/history')
  history(@Res() res: Response) {
    res.status(constants.HTTP_STATUS_PROCESSING).end(); // expect: no-deprecated-status
  }

  @Get(':id/dispute')
  dispute(@Res() res: Response) {
    res.status(Http.CONTENT_DIFFERENT).json({ message: 'Dispute summary is partial' }); // expect: no-unknown-status
  }

  @Get(':id/legacy-status')
  legacyStatus(@Res() res: Response) {
    res.status(299).json({ warning: 'deprecated endpoint' }); // expect: no-unknown-status
  }

  @Get(':id/edge')
  edge(@Res() res: Response) {
    res.status(522).end(); // expect: no-unknown-status
  }

  @Get(':id/overflow')
  overflow(@Res() res: Response) {
    res.status(1000).end(); // expect: no-unknown-status
  }
}
