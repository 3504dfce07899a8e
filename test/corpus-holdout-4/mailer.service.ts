import { Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { mailConfig } from './app.config';

interface SmtpError extends Error {
  responseCode?: number;
  code?: string;
}

const SMTP_TRANSIENT = [421, 450, 451, 452];
const SMTP_MAILBOX_UNAVAILABLE = 550;
const SIP_BUSY_HERE = 486;
const SIP_RINGING = 180;
const FTP_TRANSFER_COMPLETE = 226;
const MAX_SUBJECT_LENGTH = 200;
const MAX_PREVIEW_LENGTH = 140;

@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter = createTransport({
    host: mailConfig.host,
    port: 587,
    secure: false,
    connectionTimeout: 400,
    greetingTimeout: 300,
    socketTimeout: 500,
  });

  async send(to: string, subject: string, html: string): Promise<'sent' | 'retry' | 'bounced'> {
    try {
      await this.transport.sendMail({
        to,
        subject: subject.slice(0, MAX_SUBJECT_LENGTH),
        html,
        text: html.replace(/<[^>]+>/g, '').substring(0, 500),
      });
      return 'sent';
    } catch (err) {
      const smtp = err as SmtpError;
      if (smtp.code === 'ECONNECTION') {
        return 'retry';
      }
      if (smtp.responseCode === 550) {
        this.logger.warn(`mailbox unavailable: ${to}`);
        return 'bounced';
      }
      if (smtp.responseCode === 421 || smtp.responseCode === 451) {
        return 'retry';
      }
      if (smtp.responseCode !== undefined && SMTP_TRANSIENT.includes(smtp.responseCode)) {
        return 'retry';
      }
      return smtp.responseCode === SMTP_MAILBOX_UNAVAILABLE ? 'bounced' : 'retry';
    }
  }

  preview(html: string): string {
    const plain = html.replace(/\s+/g, ' ');
    return plain.length > MAX_PREVIEW_LENGTH ? `${plain.slice(0, 137)}...` : plain;
  }

  describeSipOutcome(statusCode: number): string {
    switch (statusCode) {
      case SIP_RINGING:
        return 'ringing';
      case SIP_BUSY_HERE:
        return 'busy';
      default:
        return 'unknown';
    }
  }

  describeFtpReply(ftpReply: { code: number; text: string }): string {
    if (ftpReply.code === FTP_TRANSFER_COMPLETE) return 'done';
    if (ftpReply.code === 150) return 'opening data connection';
    if (ftpReply.code === 425) return 'cannot open data connection';
    return ftpReply.text.slice(0, 120);
  }

  toneFor(kind: 'alert' | 'info'): { frequencyHz: number; bpm: number; durationMs: number } {
    return kind === 'alert'
      ? { frequencyHz: 440, bpm: 120, durationMs: 300 }
      : { frequencyHz: 523, bpm: 100, durationMs: 150 };
  }

  paletteFor(theme: 'light' | 'dark'): string {
    const shade = theme === 'light' ? 100 : 500;
    return `rgb(${shade % 255}, 180, 255)`;
  }
}
