import type { ReactNode } from 'react';
import './globals.css';

// Each language's layout (app/[locale]/layout.tsx) renders <html lang>; / is app/index.html/route.ts (the language chooser).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
