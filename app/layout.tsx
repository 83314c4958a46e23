import type { ReactNode } from 'react';
import './globals.css';

// Each language's layout (app/[locale]/layout.tsx) renders <html lang>; / is public/index.html.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
