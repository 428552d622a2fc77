import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadFromFragment } from './components/loadFromFragment.ts';
import { appDeps } from './store/appDeps.ts';
import { createAppStore } from './store/createAppStore.ts';
import { AppStoreProvider } from './store/useAppStore.ts';
import './styles/app.css';
import './styles/layout.css';
import './styles/checklist.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
// The page's one store, for as long as the page lives.
const store = createAppStore(appDeps());
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
void loadFromFragment(store);
