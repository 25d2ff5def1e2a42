// package: golden.nested
// file: nested/nesting.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Tree extends jspb.Message { 
    clearBranchesList(): void;
    getBranchesList(): Array<Tree.Branch>;
    setBranchesList(value: Array<Tree.Branch>): Tree;
    addBranches(value?: Tree.Branch, index?: number): Tree.Branch;

    hasSubtree(): boolean;
    clearSubtree(): void;
    getSubtree(): Tree | undefined;
    setSubtree(value?: Tree): Tree;

    hasFavourite(): boolean;
    clearFavourite(): void;
    getFavourite(): Tree.Branch.Twig.Leaf | undefined;
    setFavourite(value?: Tree.Branch.Twig.Leaf): Tree;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Tree.AsObject;
    static toObject(includeInstance: boolean, msg: Tree): Tree.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Tree, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Tree;
    static deserializeBinaryFromReader(message: Tree, reader: jspb.BinaryReader): Tree;
}

export namespace Tree {
    export type AsObject = {
        branchesList: Array<Tree.Branch.AsObject>,
        subtree?: Tree.AsObject,
        favourite?: Tree.Branch.Twig.Leaf.AsObject,
    }


    export class Branch extends jspb.Message { 
        clearTwigsList(): void;
        getTwigsList(): Array<Tree.Branch.Twig>;
        setTwigsList(value: Array<Tree.Branch.Twig>): Branch;
        addTwigs(value?: Tree.Branch.Twig, index?: number): Tree.Branch.Twig;
        getState(): Tree.Branch.State;
        setState(value: Tree.Branch.State): Branch;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Branch.AsObject;
        static toObject(includeInstance: boolean, msg: Branch): Branch.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Branch, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Branch;
        static deserializeBinaryFromReader(message: Branch, reader: jspb.BinaryReader): Branch;
    }

    export namespace Branch {
        export type AsObject = {
            twigsList: Array<Tree.Branch.Twig.AsObject>,
            state: Tree.Branch.State,
        }


        export class Twig extends jspb.Message { 
            clearLeavesList(): void;
            getLeavesList(): Array<Tree.Branch.Twig.Leaf>;
            setLeavesList(value: Array<Tree.Branch.Twig.Leaf>): Twig;
            addLeaves(value?: Tree.Branch.Twig.Leaf, index?: number): Tree.Branch.Twig.Leaf;

            serializeBinary(): Uint8Array;
            toObject(includeInstance?: boolean): Twig.AsObject;
            static toObject(includeInstance: boolean, msg: Twig): Twig.AsObject;
            static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
            static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
            static serializeBinaryToWriter(message: Twig, writer: jspb.BinaryWriter): void;
            static deserializeBinary(bytes: Uint8Array): Twig;
            static deserializeBinaryFromReader(message: Twig, reader: jspb.BinaryReader): Twig;
        }

        export namespace Twig {
            export type AsObject = {
                leavesList: Array<Tree.Branch.Twig.Leaf.AsObject>,
            }


            export class Leaf extends jspb.Message { 
                getName(): string;
                setName(value: string): Leaf;
                getKind(): Tree.Branch.Twig.Leaf.Kind;
                setKind(value: Tree.Branch.Twig.Leaf.Kind): Leaf;

                serializeBinary(): Uint8Array;
                toObject(includeInstance?: boolean): Leaf.AsObject;
                static toObject(includeInstance: boolean, msg: Leaf): Leaf.AsObject;
                static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
                static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
                static serializeBinaryToWriter(message: Leaf, writer: jspb.BinaryWriter): void;
                static deserializeBinary(bytes: Uint8Array): Leaf;
                static deserializeBinaryFromReader(message: Leaf, reader: jspb.BinaryReader): Leaf;
            }

            export namespace Leaf {
                export type AsObject = {
                    name: string,
                    kind: Tree.Branch.Twig.Leaf.Kind,
                }

                export enum Kind {
    KIND_UNSPECIFIED = 0,
    KIND_GREEN = 1,
                }

            }

        }


        export enum State {
    STATE_UNSPECIFIED = 0,
    ALIVE = 1,
        }

    }

}

export class Forest extends jspb.Message { 
    clearTreesList(): void;
    getTreesList(): Array<Tree>;
    setTreesList(value: Array<Tree>): Forest;
    addTrees(value?: Tree, index?: number): Tree;
    getDominant(): Tree.Branch.Twig.Leaf.Kind;
    setDominant(value: Tree.Branch.Twig.Leaf.Kind): Forest;
    getState(): State;
    setState(value: State): Forest;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Forest.AsObject;
    static toObject(includeInstance: boolean, msg: Forest): Forest.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Forest, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Forest;
    static deserializeBinaryFromReader(message: Forest, reader: jspb.BinaryReader): Forest;
}

export namespace Forest {
    export type AsObject = {
        treesList: Array<Tree.AsObject>,
        dominant: Tree.Branch.Twig.Leaf.Kind,
        state: State,
    }
}

export class Choice extends jspb.Message { 

    hasText(): boolean;
    clearText(): void;
    getText(): string;
    setText(value: string): Choice;

    hasNumber(): boolean;
    clearNumber(): void;
    getNumber(): number;
    setNumber(value: number): Choice;

    hasBlob(): boolean;
    clearBlob(): void;
    getBlob(): Uint8Array | string;
    getBlob_asU8(): Uint8Array;
    getBlob_asB64(): string;
    setBlob(value: Uint8Array | string): Choice;

    hasState(): boolean;
    clearState(): void;
    getState(): State;
    setState(value: State): Choice;

    hasTree(): boolean;
    clearTree(): void;
    getTree(): Tree | undefined;
    setTree(value?: Tree): Choice;

    hasFlag(): boolean;
    clearFlag(): void;
    getFlag(): boolean;
    setFlag(value: boolean): Choice;

    hasRatio(): boolean;
    clearRatio(): void;
    getRatio(): number;
    setRatio(value: number): Choice;
    getOutside(): string;
    setOutside(value: string): Choice;

    getFirstCase(): Choice.FirstCase;
    getSecondCase(): Choice.SecondCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Choice.AsObject;
    static toObject(includeInstance: boolean, msg: Choice): Choice.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Choice, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Choice;
    static deserializeBinaryFromReader(message: Choice, reader: jspb.BinaryReader): Choice;
}

export namespace Choice {
    export type AsObject = {
        text: string,
        number: number,
        blob: Uint8Array | string,
        state: State,
        tree?: Tree.AsObject,
        flag: boolean,
        ratio: number,
        outside: string,
    }

    export enum FirstCase {
        FIRST_NOT_SET = 0,
        TEXT = 1,
        NUMBER = 2,
        BLOB = 3,
        STATE = 4,
        TREE = 5,
    }

    export enum SecondCase {
        SECOND_NOT_SET = 0,
        FLAG = 6,
        RATIO = 7,
    }

}

export enum State {
    UNKNOWN = 0,
    ALIVE = 1,
    DEAD = 2,
}
