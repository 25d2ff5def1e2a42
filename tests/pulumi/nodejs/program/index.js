// A Pulumi program written with the published @pulumi/pulumi package: custom resources of the
// `nodedemo` provider, a component with children, apply, stack exports and a secret. Config
// `step` walks it through create (1), update (2), replace (3) and delete (4).
'use strict';
const pulumi = require('@pulumi/pulumi');

class File extends pulumi.CustomResource {
  constructor(name, args, opts) {
    super('nodedemo:index:File', name, { ...args, size: undefined }, opts);
  }
}

class Bundle extends pulumi.ComponentResource {
  constructor(name, step, opts) {
    super('demo:index:Bundle', name, {}, opts);
    this.a = new File('a', { path: 'a.txt', content: 'hello' + (step >= 2 ? ' v2' : '') }, { parent: this });
    if (step <= 3) {
      new File('b', { path: step < 3 ? 'b.txt' : 'b2.txt', content: 'bee' }, { parent: this, dependsOn: [this.a] });
    }
    this.registerOutputs({ aSize: this.a.size });
  }
}

const step = Number(new pulumi.Config().get('step') || '1');
const bundle = new Bundle('bundle', step);
exports.aSize = bundle.a.size;
exports.label = bundle.a.size.apply((s) => `a has ${s} bytes`);
exports.token = pulumi.secret('s3cr3t');
