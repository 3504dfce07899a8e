// Dashboard widgets and app configuration. Nothing in this module is an HTTP status position.
import React, { useEffect, useMemo, useState } from 'react';
import { Box, Button, Typography, useMediaQuery } from '@mui/material';
import { blue, grey } from '@mui/material/colors';
import colors from 'tailwindcss/colors';
import debounce from 'lodash/debounce';

export const HTTP_NOT_FOUND = 404;
export const HTTP_SERVER_ERROR = 500;

export enum Http {
  Ok = 200,
  Created = 201,
  NotFound = 404,
}

export type ApiResult<T> = { status: 200; body: T } | { status: 404; body: { error: string } };

export const reasonPhrases: Record<number, string> = {
  200: 'OK',
  404: 'Not Found',
  503: 'Service Unavailable',
};

export const config = {
  server: { host: '0.0.0.0', port: 443 },
  smtp: { host: 'mail.example.com', port: 587, secure: false },
  imap: { port: 143 },
  cache: { ttl: 600, maxAge: 300, maxEntries: 500 },
  uploads: { maxFileSizeMb: 100, allowedMode: 0o644, chunk: 0x1f4 },
  pagination: { pageSize: 100, pageSizeOptions: [100, 200, 500] },
  breakpoints: { sm: 576, md: 768, lg: 992 },
  big: 200n,
  ratio: 2e2,
  offset: -404,
  budget: 1_000,
};

const initialOrder = { id: 201, status: 100, total: 599, userId: 500, line: 404 };

const theme = {
  palette: { primary: blue[500], muted: grey[300], border: colors.gray[500], accent: colors.blue[400] },
  typography: { fontWeight: 500, headingWeight: 600, bodyWeight: 400 },
  zIndex: { appBar: 1100, modal: 1300, tooltip: 1500 },
};

export function StatusBadge({ percent }: { percent: number }) {
  const [width, setWidth] = useState(400);
  const isPhone = useMediaQuery('(max-width:414px)');
  const angle = useMemo(() => (percent / 100) * 360, [percent]);

  useEffect(() => {
    const onResize = debounce(() => setWidth(Math.min(window.innerWidth, 480)), 300);
    window.addEventListener('resize', onResize);
    const timer = setTimeout(onResize, 500);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, []);

  const onKey = (e: React.KeyboardEvent) => {
    if (e.keyCode === 113) setWidth(320);
  };

  return (
    <Box
      onKeyDown={onKey}
      sx={{ width, height: 300, zIndex: 100, fontWeight: 500, color: grey[500], transform: `rotate(${angle}deg)` }}
    >
      <Typography variant="h1" style={{ fontSize: 120, fontWeight: 600 }}>
        404
      </Typography>
      <Typography>Error 500: the page at /404 or /500.html could not load.</Typography>
      <input maxLength={255} style={{ width: isPhone ? 320 : 375, borderColor: 'rgb(255, 255, 255)' }} />
      <Button style={{ minWidth: 200, transitionDuration: '200ms', opacity: 0.5 }} title="Retry in 120 s">
        Order #{initialOrder.id} – {initialOrder.total}
      </Button>
    </Box>
  );
}

export function formatPercent(done: number, total: number) {
  return `${Math.round((done / total) * 100)}%`;
}

export function statusClass(code: number) {
  if (code >= 500) return 'server-error';
  if (code >= 400 && code < 500) return 'client-error';
  return Math.floor(code / 100) === 3 ? 'redirect' : 'ok';
}

export const audio = { a4: 440, bpm: 120, sampleRate: 44100 };
export const textLimits = { tweet: 280, title: 255, summary: 500 };
export const truncate = (s: string) => (s.length > 280 ? `${s.slice(0, 277)}…` : s);
export const theme2 = theme;
