// The interop program (docs/engine.md), in JS.
'use strict';
const sdk = require('protosmith-sdk');

sdk.run(async () => {
  const step = Number(sdk.config('step', '1'));
  const bundle = await sdk.component('demo:index:Bundle', 'bundle');
  const a = await sdk.resource('demo:index:File', 'a', {
    path: 'a.txt',
    content: 'héllo wörld ✓' + (step >= 2 ? ' v2' : ''),
    metadata: { list: [1, 2.5, true, null, 'ü'], nested: { k: 'v', empty: {} }, n: -3 },
  }, { parent: bundle });
  const d = await sdk.invoke('demo:index:digest', { content: 'abc' });
  if (step <= 2) {
    const b = await sdk.resource('demo:index:File', 'b', { path: 'b.txt', content: 'b', metadata: { source: a.id } },
      { parent: bundle, dependsOn: [a] });
    await sdk.resource('demo:index:File', 'c', { path: step === 1 ? 'c.txt' : 'c2.txt', content: 'c' }, { dependsOn: [b] });
  }
  await bundle.registerOutputs({ a: a.urn });
  sdk.exportValue('aDigest', a.outputs.digest);
  sdk.exportValue('invoked', d.digest);
});
