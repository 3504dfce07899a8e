// A React error page: JSX text, style props and palette keys are not statuses.
import React, { useEffect, useState } from 'react';
import Link from 'next/link';
import { Box, CircularProgress, Typography } from '@mui/material';
import { blue, grey } from '@mui/material/colors';

type ErrorPageProps = { code: 404 | 500; retryAfter?: number };

export async function loadPost(slug: string): Promise<{ title: string } | null> {
  const res = await fetch(`/api/posts/${slug}`);
  if (res.status === 404) return null; // expect: no-magic-status
  return res.json();
}

export default function ErrorPage({ code, retryAfter = 120 }: ErrorPageProps) {
  const [seconds, setSeconds] = useState(retryAfter);
  const items = Array.from({ length: 250 }, (_, i) => i);

  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);

  return (
    <Box sx={{ width: 400, height: 300, zIndex: 100, bgcolor: grey[100], borderColor: blue[500] }}>
      <Typography variant="h1" fontWeight={600}>
        404
      </Typography>
      <p style={{ fontWeight: 500, maxWidth: 500 }}>Page not found. Error 404, try again in {seconds} seconds.</p>
      <img src="/images/404.png" width={320} height={200} alt="404 illustration" />
      <CircularProgress size={100} thickness={4} />
      <progress max={100} value={Math.min(seconds, 100)} />
      <meta httpEquiv="refresh" content="300" />
      {items.length > 200 && <p>Too many items</p>}
      <Link href="/">Back home (status 200)</Link>
      <footer data-code={code} style={{ fontSize: 12, padding: 101 }}>
        Error reference 500-503 · Ticket #301
      </footer>
    </Box>
  );
}
