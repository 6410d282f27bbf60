import { Breadcrumbs, Link, Typography } from '@mui/material';
import type { BreadcrumbFactory } from './types';

/*
 * MUI's navigation equivalents added after the first molecules, in their own module (as
 * callicratesNav.tsx), so they do not move the minifier's output of the other cases.
 */

/**
 * MUI's Breadcrumbs as its docs build a collapsed one: `maxItems` collapses the middle into an
 * ellipsis button (it expands in place: MUI has no menu of the hidden items), Links and a
 * Typography for the current page.
 */
export const breadcrumb: BreadcrumbFactory = (label, key) => (
  <Breadcrumbs key={key} aria-label={label} maxItems={4}>
    <Link underline="hover" color="inherit" href="/">
      Home
    </Link>
    <Link underline="hover" color="inherit" href="/catalogue">
      Catalogue
    </Link>
    <Link underline="hover" color="inherit" href="/catalogue/garden">
      Garden
    </Link>
    <Link underline="hover" color="inherit" href="/catalogue/garden/tools">
      Tools
    </Link>
    <Link underline="hover" color="inherit" href="/catalogue/garden/tools/spades">
      Spades
    </Link>
    <Typography sx={{ color: 'text.primary' }} aria-current="page">
      Border spade
    </Typography>
  </Breadcrumbs>
);
