// A resource provider written with @pulumi/pulumi's provider server (`provider.main`): package
// `nodedemo`, resource `nodedemo:index:File` (path forces replacement; size is computed).
'use strict';
const provider = require('@pulumi/pulumi/provider');

const fileProvider = {
  version: '1.0.0',
  async check(urn, olds, news) {
    const failures = typeof news.path === 'string' && news.path ? [] : [{ property: 'path', reason: 'path must be a non-empty string' }];
    return { inputs: news, failures };
  },
  async diff(id, urn, olds, news) {
    const changed = ['path', 'content'].filter((k) => olds[k] !== news[k]);
    return { changes: changed.length > 0, replaces: changed.includes('path') ? ['path'] : [], deleteBeforeReplace: false };
  },
  async create(urn, inputs) {
    return { id: inputs.path, outs: { ...inputs, size: Buffer.byteLength(inputs.content || '') } };
  },
  async read(id, urn, props) {
    return { id, props };
  },
  async update(id, urn, olds, news) {
    return { outs: { ...news, size: Buffer.byteLength(news.content || '') } };
  },
  async delete() {},
};

provider.main(fileProvider, process.argv.slice(2));
