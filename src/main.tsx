import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadFromFragment } from './components/loadFromFragment.ts';
import './styles/app.css';
import './styles/layout.css';
import './styles/checklist.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void loadFromFragment();
