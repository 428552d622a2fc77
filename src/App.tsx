export function App() {
  return (
    <main>
      <h1>Podcaps</h1>
      <p>
        Build and inspect the Linux capabilities of Kubernetes Pods: a checklist, a live YAML editor
        and a simulated <code>capsh --print</code>, all in your browser.
      </p>
    </main>
  );
}
