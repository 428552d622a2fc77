import { CapshPanel } from './components/CapshPanel.tsx';
import { KubectlCommands } from './components/KubectlCommands.tsx';
import { Checklist } from './components/Checklist.tsx';
import { ContainerPicker } from './components/ContainerPicker.tsx';
import { EditorPane } from './components/EditorPane.tsx';
import { FileDrop } from './components/FileDrop.tsx';
import { NodePicker } from './components/NodePicker.tsx';
import { OtherTabAlert } from './components/OtherTabAlert.tsx';
import { PodSecurityPanel, RuntimeComparison, WarningsPanel } from './components/lazyPanels.tsx';
import { RuntimePicker } from './components/RuntimePicker.tsx';
import { StatusLine } from './components/StatusLine.tsx';
import { Toolbar } from './components/Toolbar.tsx';

export function App() {
  return (
    <>
      <header className="app-header">
        <div className="brand">
          <h1>Podcaps</h1>
          <p className="tagline">
            What can the process in this container do? Linux capabilities of Kubernetes Pods, in
            your browser.
          </p>
        </div>
        <Toolbar />
        <div className="pickers">
          <ContainerPicker />
          <RuntimePicker />
        </div>
        {/* The rest of the node, right after the runtime it belongs to. */}
        <NodePicker />
        <StatusLine />
      </header>
      <OtherTabAlert />
      <main className="layout">
        <Checklist />
        <EditorPane />
        {/* What the selected container ends up with, then what to worry about: one scrolling column. */}
        <div className="layout-column inspector">
          <CapshPanel />
          <KubectlCommands />
          <WarningsPanel />
          <RuntimeComparison />
          <PodSecurityPanel />
        </div>
      </main>
      <FileDrop />
    </>
  );
}
