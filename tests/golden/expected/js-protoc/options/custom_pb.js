// source: options/custom.proto
/**
 * @fileoverview
 * @enhanceable
 * @suppress {missingRequire} reports error on implicit type usages.
 * @suppress {messageConventions} JS Compiler reports an error if a variable or
 *     field starts with 'MSG_' and isn't a translatable message.
 * @public
 */
// GENERATED CODE -- DO NOT EDIT!
/* eslint-disable */
// @ts-nocheck

var jspb = require('google-protobuf');
var goog = jspb;
var global =
    (typeof globalThis !== 'undefined' && globalThis) ||
    (typeof window !== 'undefined' && window) ||
    (typeof global !== 'undefined' && global) ||
    (typeof self !== 'undefined' && self) ||
    (function () { return this; }).call(null) ||
    Function('return this')();

var google_protobuf_descriptor_pb = require('google-protobuf/google/protobuf/descriptor_pb.js');
goog.object.extend(proto, google_protobuf_descriptor_pb);
goog.exportSymbol('proto.golden.options.audited', null, global);
goog.exportSymbol('proto.golden.options.display', null, global);
goog.exportSymbol('proto.golden.options.fileTag', null, global);
goog.exportSymbol('proto.golden.options.idempotent', null, global);
goog.exportSymbol('proto.golden.options.label', null, global);
goog.exportSymbol('proto.golden.options.owner', null, global);
goog.exportSymbol('proto.golden.options.weight', null, global);

/**
 * A tuple of {field number, class constructor} for the extension
 * field named `fileTag`.
 * @type {!jspb.ExtensionFieldInfo<string>}
 */
proto.golden.options.fileTag = new jspb.ExtensionFieldInfo(
    50001,
    {fileTag: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.FileOptions.extensionsBinary[50001] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.fileTag,
    jspb.BinaryReader.prototype.readString,
    jspb.BinaryWriter.prototype.writeString,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.FileOptions.extensions[50001] = proto.golden.options.fileTag;


/**
 * A tuple of {field number, class constructor} for the extension
 * field named `audited`.
 * @type {!jspb.ExtensionFieldInfo<boolean>}
 */
proto.golden.options.audited = new jspb.ExtensionFieldInfo(
    50002,
    {audited: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.MessageOptions.extensionsBinary[50002] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.audited,
    jspb.BinaryReader.prototype.readBool,
    jspb.BinaryWriter.prototype.writeBool,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.MessageOptions.extensions[50002] = proto.golden.options.audited;


/**
 * A tuple of {field number, class constructor} for the extension
 * field named `weight`.
 * @type {!jspb.ExtensionFieldInfo<number>}
 */
proto.golden.options.weight = new jspb.ExtensionFieldInfo(
    50003,
    {weight: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.FieldOptions.extensionsBinary[50003] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.weight,
    jspb.BinaryReader.prototype.readInt32,
    jspb.BinaryWriter.prototype.writeInt32,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.FieldOptions.extensions[50003] = proto.golden.options.weight;


/**
 * A tuple of {field number, class constructor} for the extension
 * field named `label`.
 * @type {!jspb.ExtensionFieldInfo<string>}
 */
proto.golden.options.label = new jspb.ExtensionFieldInfo(
    50004,
    {label: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.FieldOptions.extensionsBinary[50004] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.label,
    jspb.BinaryReader.prototype.readString,
    jspb.BinaryWriter.prototype.writeString,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.FieldOptions.extensions[50004] = proto.golden.options.label;


/**
 * A tuple of {field number, class constructor} for the extension
 * field named `display`.
 * @type {!jspb.ExtensionFieldInfo<string>}
 */
proto.golden.options.display = new jspb.ExtensionFieldInfo(
    50005,
    {display: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.EnumValueOptions.extensionsBinary[50005] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.display,
    jspb.BinaryReader.prototype.readString,
    jspb.BinaryWriter.prototype.writeString,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.EnumValueOptions.extensions[50005] = proto.golden.options.display;


/**
 * A tuple of {field number, class constructor} for the extension
 * field named `owner`.
 * @type {!jspb.ExtensionFieldInfo<string>}
 */
proto.golden.options.owner = new jspb.ExtensionFieldInfo(
    50006,
    {owner: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.ServiceOptions.extensionsBinary[50006] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.owner,
    jspb.BinaryReader.prototype.readString,
    jspb.BinaryWriter.prototype.writeString,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.ServiceOptions.extensions[50006] = proto.golden.options.owner;


/**
 * A tuple of {field number, class constructor} for the extension
 * field named `idempotent`.
 * @type {!jspb.ExtensionFieldInfo<boolean>}
 */
proto.golden.options.idempotent = new jspb.ExtensionFieldInfo(
    50007,
    {idempotent: 0},
    null,
     /** @type {?function((boolean|undefined),!jspb.Message=): !Object} */ (
         null),
    0);

google_protobuf_descriptor_pb.MethodOptions.extensionsBinary[50007] = new jspb.ExtensionFieldBinaryInfo(
    proto.golden.options.idempotent,
    jspb.BinaryReader.prototype.readBool,
    jspb.BinaryWriter.prototype.writeBool,
    undefined,
    undefined,
    false);
// This registers the extension field with the extended class, so that
// toObject() will function correctly.
google_protobuf_descriptor_pb.MethodOptions.extensions[50007] = proto.golden.options.idempotent;

goog.object.extend(exports, proto.golden.options);
