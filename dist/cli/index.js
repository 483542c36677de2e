import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(5402);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(5407);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(5407);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(5402);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(5402);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(9210);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6446);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    cwd: process.cwd(),
    env: process.env,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/report/finding.ts
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** The single fail-on policy shared by the CLI, every action and the workflows. */
function shouldFail(findings, failOn) {
    if (failOn === 'never')
        return false;
    const limit = SEVERITY_RANK[failOn];
    return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
}
function checkStatus(result, failOn) {
    return shouldFail(result.findings, failOn) ? 'failed' : 'passed';
}
function parseFailOn(value, fallback = 'error') {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new finding_UsageError(`fail-on must be one of error, warning, never (got "${value}")`);
}
/** Order findings for display: file, line, column, then severity. */
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.rule.localeCompare(b.rule));
}
/** A mistake in how the tool was called or configured: exit 2, message without a stack trace. */
class finding_UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./src/config/config.ts




const CONFIG_FILE = '.portarium-infra.yml';
const SECTIONS = ['compose', 'terraform', 'kubernetes', 'images', 'deploy'];
const SETTINGS = new Set(['off', 'error', 'warning', 'notice']);
/** Loads PATH/.portarium-infra.yml (or an explicit file); a missing default file is an empty config. */
async function loadConfig(root, explicit) {
    const file = explicit ? external_node_path_default().resolve(explicit) : external_node_path_default().join(root, CONFIG_FILE);
    let text;
    try {
        const st = await (0,promises_namespaceObject.stat)(file);
        if (!st.isFile())
            throw new finding_UsageError(`${file}: the configuration file is not a regular file`);
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e instanceof finding_UsageError)
            throw e;
        if (!explicit && e.code === 'ENOENT')
            return { rules: {}, checks: {} };
        throw new finding_UsageError(`${file}: cannot read the configuration file (${e.message})`);
    }
    return parseConfig(text, external_node_path_default().relative(process.cwd(), file) || file);
}
function parseConfig(text, file) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const where = (node) => {
        const off = node?.range?.[0] ?? 0;
        const p = lc.linePos(off);
        return `${file}:${p.line}:${p.col}`;
    };
    if (doc.errors.length) {
        const err = doc.errors[0];
        const p = lc.linePos(err.pos[0]);
        throw new finding_UsageError(`${file}:${p.line}:${p.col}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    const config = { file, rules: {}, checks: {} };
    if (doc.contents === null)
        return config;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new finding_UsageError(`${where(doc.contents)}: the configuration must be a mapping`);
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (key === 'fail-on') {
            const v = (0,dist/* isScalar */.jn)(value) ? String(value.value) : '';
            if (v !== 'error' && v !== 'warning' && v !== 'never')
                throw new finding_UsageError(`${where(value)}: fail-on must be error, warning or never`);
            config.failOn = v;
        }
        else if (key === 'rules') {
            if (value === null)
                continue;
            if (!(0,dist/* isMap */.jh)(value))
                throw new finding_UsageError(`${where(value)}: rules must map a rule id to off, error, warning or notice`);
            for (const rp of value.items) {
                const id = (0,dist/* isScalar */.jn)(rp.key) ? String(rp.key.value) : '';
                const setting = (0,dist/* isScalar */.jn)(rp.value) ? String(rp.value.value) : '';
                if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id))
                    throw new finding_UsageError(`${where(rp.key)}: "${id}" is not a rule id (check/rule-name)`);
                if (!SETTINGS.has(setting))
                    throw new finding_UsageError(`${where(rp.value)}: rule ${id} must be off, error, warning or notice (got "${setting}")`);
                config.rules[id] = setting;
            }
        }
        else if (SECTIONS.includes(key)) {
            const js = value === null ? {} : value.toJSON();
            if (typeof js !== 'object' || js === null || Array.isArray(js)) {
                // `images` may be a list of image definitions; every other section is a mapping.
                if (key === 'images' && Array.isArray(js)) {
                    config.checks[key] = { images: js };
                    continue;
                }
                throw new finding_UsageError(`${where(value)}: ${key} must be a mapping`);
            }
            config.checks[key] = js;
        }
        else {
            throw new finding_UsageError(`${where(pair.key)}: unknown setting "${key}" (expected fail-on, rules, ${SECTIONS.join(', ')})`);
        }
    }
    return config;
}
/** Reads a list setting that may be written as a YAML list or a single string. */
function stringList(section, key) {
    const v = section?.[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
        return v.map(String);
    throw new finding_UsageError(`${key} must be a string or a list of strings`);
}

;// CONCATENATED MODULE: ./src/checks/compose/discover.ts
/**
 * Finding compose projects under a directory, by compose's own file names (compose-go
 * `cli.DefaultFileNames` / `DefaultOverrideFileNames`) plus variant files `compose.<x>.yaml`.
 */


/** In compose's order of preference. */
const PRIMARY_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const VARIANT = /^(docker-)?compose\.(.+)\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules']);
function discoverProjects(root) {
    const out = [];
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
        const primary = PRIMARY_NAMES.find((n) => files.has(n));
        const override = OVERRIDE_NAMES.find((n) => files.has(n));
        const base = primary ? [external_node_path_default().join(dir, primary), ...(override ? [external_node_path_default().join(dir, override)] : [])] : [];
        if (primary)
            out.push({ files: base, kind: 'primary' });
        const variants = [...files]
            .filter((n) => VARIANT.test(n) && !OVERRIDE_NAMES.includes(n) && !PRIMARY_NAMES.includes(n))
            .sort();
        for (const v of variants)
            out.push({ files: [...base, external_node_path_default().join(dir, v)], kind: 'variant' });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (!e.isDirectory() || e.name.startsWith('.') || SKIP_DIRS.has(e.name))
                continue;
            walk(external_node_path_default().join(dir, e.name));
        }
    };
    walk(root);
    return out;
}

;// CONCATENATED MODULE: ./src/checks/compose/problems.ts
/** Rules whose findings are about one value: silenced where interpolation of that value already failed. */
const VALUE_RULES = new Set([
    'compose/invalid-port',
    'compose/invalid-duration',
    'compose/invalid-value',
    'compose/invalid-volume',
    'compose/schema',
]);
const locKey = (l) => `${l.file}\0${l.line}\0${l.column}`;
/** Collects problems; drops follow-on errors about values whose interpolation failed. */
class Problems {
    list = [];
    poisoned = new Set();
    seen = new Set();
    add(rule, loc, message, extra = {}) {
        if (VALUE_RULES.has(rule) && this.poisoned.has(locKey(loc)))
            return;
        const key = `${rule}\0${locKey(loc)}\0${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.list.push({ rule, loc, message, ...extra });
    }
    /** The value written at `loc` could not be interpolated: later checks of it would only repeat that. */
    poison(loc) {
        this.poisoned.add(locKey(loc));
    }
    get size() {
        return this.list.length;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/location.ts
/**
 * Source locations for the compose model.
 *
 * The model is plain JSON-like data (so ajv and the merge rules can work on it), and every object or
 * array in it is registered here with the position of its own text, of each key and of each value.
 * Whatever builds a new object from old ones (merge, canonical forms, clones) copies these entries, so a
 * finding about any value can still name the file and line that supplied it.
 */
const registry = new WeakMap();
function isContainer(v) {
    return typeof v === 'object' && v !== null;
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function locsOf(o) {
    return isContainer(o) ? registry.get(o) : undefined;
}
function register(o, self) {
    const l = { self, keys: new Map(), values: new Map() };
    registry.set(o, l);
    return l;
}
/** The entry for `o`, created with `fallback` as its own position when it has none yet. */
function ensureLocs(o, fallback) {
    return registry.get(o) ?? register(o, fallback);
}
/** Where the value at `container[key]` is written; falls back to the key, then the container. */
function valueLoc(container, key) {
    const l = locsOf(container);
    const child = isContainer(container) ? container[key] : undefined;
    const childLocs = locsOf(child);
    return l?.values.get(key) ?? childLocs?.self ?? l?.keys.get(key) ?? l?.self;
}
/** Where the key `key` of `container` is written; falls back to its value, then the container. */
function keyLoc(container, key) {
    const l = locsOf(container);
    return l?.keys.get(key) ?? l?.values.get(key) ?? l?.self;
}
function selfLoc(o) {
    return locsOf(o)?.self;
}
/** Records that `to[toKey]` came from `from[fromKey]` (key and value positions). */
function copyEntryLoc(to, toKey, from, fromKey) {
    const src = locsOf(from);
    if (!src)
        return;
    const dst = ensureLocs(to, src.self);
    const k = src.keys.get(fromKey);
    const v = src.values.get(fromKey);
    if (k)
        dst.keys.set(toKey, k);
    else
        dst.keys.delete(toKey);
    if (v)
        dst.values.set(toKey, v);
    else
        dst.values.delete(toKey);
}
function setValueLoc(to, key, loc, keyPos) {
    if (!loc)
        return;
    const dst = ensureLocs(to, loc);
    dst.values.set(key, loc);
    if (keyPos)
        dst.keys.set(key, keyPos);
}
/** Builds an array whose element positions come from the given sources. */
function arrayWithLocs(items, self) {
    const out = items.map((i) => i.value);
    const fallback = self ?? items.find((i) => i.loc)?.loc;
    if (fallback) {
        const l = register(out, fallback);
        items.forEach((i, n) => {
            if (i.loc)
                l.values.set(n, i.loc);
        });
    }
    return out;
}
/** Array items with their positions, for rebuilding arrays. */
function itemsWithLocs(arr) {
    return arr.map((value, i) => ({ value, loc: valueLoc(arr, i) }));
}
/** Sets `obj[key]`, safe for the key `__proto__`. */
function setOwn(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
    else
        obj[key] = value;
}
function hasOwn(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** Deep copy that keeps every position. */
function cloneWithLocs(value) {
    if (Array.isArray(value)) {
        const out = value.map((v) => cloneWithLocs(v));
        const l = locsOf(value);
        if (l)
            registry.set(out, { self: l.self, keys: new Map(l.keys), values: new Map(l.values) });
        return out;
    }
    if (isMapping(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            setOwn(out, k, cloneWithLocs(v));
        const l = locsOf(value);
        if (l)
            registry.set(out, { self: l.self, keys: new Map(l.keys), values: new Map(l.values) });
        return out;
    }
    return value;
}
/**
 * The best known position for the value at `path` under `root`: the deepest container on the way
 * that knows where the next step is written.
 */
function locAtPath(root, path, preferKey = false) {
    let cur = root;
    let best = selfLoc(root);
    for (let i = 0; i < path.length; i++) {
        const raw = path[i];
        if (!isContainer(cur))
            break;
        const k = Array.isArray(cur) && typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
        const last = i === path.length - 1;
        const l = last && preferKey ? keyLoc(cur, k) : valueLoc(cur, k);
        if (l)
            best = l;
        cur = cur[k];
    }
    return best;
}
/** `a.b.0.c` as compose prints paths. */
function dotted(path) {
    return path.map(String).join('.');
}

;// CONCATENATED MODULE: ./src/checks/compose/template.ts
/**
 * Compose variable interpolation, ported from compose-go `template/template.go` (Apache-2.0):
 * `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+r}`, `${VAR+r}`, `$$`.
 * Defaults, messages and replacements are interpolated recursively and only when used; the closing
 * brace is found by counting braces; the operator whose first occurrence comes first wins.
 */
class InvalidTemplateError extends Error {
    template;
    constructor(template) {
        super(`Invalid template: ${JSON.stringify(template)}`);
        this.template = template;
    }
}
class MissingRequiredError extends Error {
    variable;
    reason;
    constructor(variable, reason) {
        super(reason ? `required variable ${variable} is missing a value: ${reason}` : `required variable ${variable} is missing a value`);
        this.variable = variable;
        this.reason = reason;
    }
}
// The regular expression of compose-go, with `.` narrowed to "not a newline" as in Go's RE2.
const PATTERN_SOURCE = String.raw `\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?]([^\n]*))?)\}|()))`;
const PATTERN_G = new RegExp(PATTERN_SOURCE, 'gi');
const PATTERN = new RegExp(PATTERN_SOURCE, 'i');
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'];
/** Substitutes variables in `template`; throws the first InvalidTemplateError or MissingRequiredError. */
function substitute(template, mapping, opts = {}) {
    let firstError;
    const result = template.replace(PATTERN_G, (substring) => {
        try {
            return replacement(substring, mapping, opts);
        }
        catch (e) {
            firstError ??= e instanceof InvalidTemplateError && e.template === '' ? new InvalidTemplateError(template) : e;
            return '';
        }
    });
    if (firstError)
        throw firstError;
    return result;
}
/** Like `substitute`, but returns the partial result with the error instead of throwing. */
function substituteLenient(template, mapping, opts = {}) {
    let firstError;
    const value = template.replace(PATTERN_G, (substring) => {
        try {
            return replacement(substring, mapping, opts);
        }
        catch (e) {
            firstError ??= e instanceof InvalidTemplateError && e.template === '' ? new InvalidTemplateError(template) : e;
            return '';
        }
    });
    return firstError ? { value, error: firstError } : { value };
}
function operatorFor(template) {
    let best = ':?';
    let bestIdx = -1;
    for (const op of OPERATORS) {
        const i = template.indexOf(op);
        if (i < 0)
            continue;
        if (bestIdx < 0 || i < bestIdx) {
            best = op;
            bestIdx = i;
        }
    }
    return best;
}
function firstClosingBrace(s) {
    let open = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '}') {
            open--;
            if (open === 0)
                return i;
        }
        if (s[i] === '{') {
            open++;
            i++;
        }
    }
    return -1;
}
function replacement(whole, mapping, opts) {
    const op = operatorFor(whole);
    let substring = whole;
    let rest = '';
    const close = firstClosingBrace(substring);
    if (close > -1) {
        rest = substring.slice(close + 1);
        substring = substring.slice(0, close + 1);
    }
    const m = PATTERN.exec(substring);
    if (!m)
        throw new InvalidTemplateError('');
    const [, escaped, named, braced] = m;
    if (escaped)
        return escaped;
    const isBraced = !named;
    const substitution = named || braced || '';
    if (substitution === '')
        throw new InvalidTemplateError('');
    if (isBraced) {
        const applied = applyOperator(op, substitution, mapping, opts);
        if (applied !== undefined)
            return applied + substitute(rest, mapping, opts);
    }
    const value = mapping(substitution);
    opts.hook?.({ name: substitution, op: '', arg: '', value });
    return value ?? '';
}
/** The value for `${NAME<op>arg}`, or undefined when `substitution` does not use `op`. */
function applyOperator(op, substitution, mapping, opts) {
    const i = substitution.indexOf(op);
    if (i < 0)
        return undefined;
    const name = substitution.slice(0, i);
    const arg = substitution.slice(i + op.length);
    const value = mapping(name);
    opts.hook?.({ name, op, arg, value });
    switch (op) {
        case ':-':
            return value === undefined || value === '' ? substitute(arg, mapping, opts) : value;
        case '-':
            return value === undefined ? substitute(arg, mapping, opts) : value;
        case ':+':
            return value !== undefined && value !== '' ? substitute(arg, mapping, opts) : (value ?? '');
        case '+':
            return value !== undefined ? substitute(arg, mapping, opts) : '';
        case ':?':
        case '?': {
            if (value === undefined || (op === ':?' && value === '')) {
                throw new MissingRequiredError(name, substitute(arg, mapping, opts));
            }
            return value;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/interpolate.ts


class CastError extends Error {
}
const INT_RE = /^[+-]?\d+$/;
function toInt(v) {
    if (!INT_RE.test(v))
        throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    const n = Number(v);
    if (!Number.isSafeInteger(n))
        throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: value out of range`);
    return n;
}
function toInt64(v) {
    if (!INT_RE.test(v))
        throw new CastError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
    return Number(v);
}
function toFloat(v) {
    const s = v.replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/i.test(s))
        return s.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(s))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) && !/^[+-]?0[xX][0-9a-fA-F]+$/.test(v)) {
        throw new CastError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
    }
    return Number(v);
}
function toBoolean(v) {
    switch (v.toLowerCase()) {
        case 'true':
            return true;
        case 'false':
            return false;
        case 'y':
        case 'yes':
        case 'on':
        case 'n':
        case 'no':
        case 'off':
            throw new Yaml11Boolean(['y', 'yes', 'on'].includes(v.toLowerCase()));
        default:
            throw new CastError(`invalid boolean: ${v}`);
    }
}
class Yaml11Boolean extends Error {
    value;
    constructor(value) {
        super('yaml 1.1 boolean');
        this.value = value;
    }
}
const S = ['services', '*'];
/** compose-go `interpolateTypeCastMapping`. */
const CASTS = [
    [[...S, 'cpu_count'], toInt64],
    [[...S, 'cpu_percent'], toFloat],
    [[...S, 'cpu_period'], toInt64],
    [[...S, 'cpu_quota'], toInt64],
    [[...S, 'cpu_rt_period'], toInt64],
    [[...S, 'cpu_rt_runtime'], toInt64],
    [[...S, 'cpus'], toFloat],
    [[...S, 'cpu_shares'], toInt64],
    [[...S, 'init'], toBoolean],
    [[...S, 'depends_on', '*', 'required'], toBoolean],
    [[...S, 'depends_on', '*', 'restart'], toBoolean],
    [[...S, 'deploy', 'replicas'], toInt],
    [[...S, 'deploy', 'update_config', 'parallelism'], toInt],
    [[...S, 'deploy', 'update_config', 'max_failure_ratio'], toFloat],
    [[...S, 'deploy', 'rollback_config', 'parallelism'], toInt],
    [[...S, 'deploy', 'rollback_config', 'max_failure_ratio'], toFloat],
    [[...S, 'deploy', 'restart_policy', 'max_attempts'], toInt],
    [[...S, 'deploy', 'placement', 'max_replicas_per_node'], toInt],
    [[...S, 'healthcheck', 'retries'], toInt],
    [[...S, 'healthcheck', 'disable'], toBoolean],
    [[...S, 'oom_kill_disable'], toBoolean],
    [[...S, 'oom_score_adj'], toInt64],
    [[...S, 'pids_limit'], toInt64],
    [[...S, 'ports', '[]', 'target'], toInt],
    [[...S, 'privileged'], toBoolean],
    [[...S, 'read_only'], toBoolean],
    [[...S, 'scale'], toInt],
    [[...S, 'stdin_open'], toBoolean],
    [[...S, 'tty'], toBoolean],
    [[...S, 'ulimits', '*'], toInt],
    [[...S, 'ulimits', '*', 'hard'], toInt],
    [[...S, 'ulimits', '*', 'soft'], toInt],
    [[...S, 'volumes', '[]', 'read_only'], toBoolean],
    [[...S, 'volumes', '[]', 'volume', 'nocopy'], toBoolean],
    [['networks', '*', 'external'], toBoolean],
    [['networks', '*', 'internal'], toBoolean],
    [['networks', '*', 'attachable'], toBoolean],
    [['networks', '*', 'enable_ipv4'], toBoolean],
    [['networks', '*', 'enable_ipv6'], toBoolean],
    [['volumes', '*', 'external'], toBoolean],
    [['secrets', '*', 'external'], toBoolean],
    [['configs', '*', 'external'], toBoolean],
];
function matches(path, pattern) {
    if (path.length !== pattern.length)
        return false;
    for (let i = 0; i < path.length; i++)
        if (pattern[i] !== '*' && pattern[i] !== path[i])
            return false;
    return true;
}
const CASTS_BY_LAST = new Map();
for (const c of CASTS) {
    const last = c[0][c[0].length - 1];
    CASTS_BY_LAST.set(last, [...(CASTS_BY_LAST.get(last) ?? []), c]);
}
function casterFor(path) {
    for (const bucket of [CASTS_BY_LAST.get(path[path.length - 1]), CASTS_BY_LAST.get('*')]) {
        if (bucket)
            for (const [p, c] of bucket)
                if (matches(path, p))
                    return c;
    }
    return undefined;
}
/** Interpolates every string value of `cfg` in place and applies compose's type casts. */
function interpolateModel(cfg, ctx) {
    walk(cfg, [], [], ctx);
}
function walk(container, p, r, ctx) {
    const keys = Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
    for (const k of keys) {
        const v = container[k];
        if (typeof v !== 'string' && !isContainer(v))
            continue;
        p.push(typeof k === 'number' ? '[]' : k);
        r.push(k);
        if (typeof v === 'string') {
            const out = interpolateString(v, container, k, r, ctx);
            if (out !== v)
                container[k] = out;
            const cast = casterFor(p);
            if (cast)
                applyCast(cast, out, container, k, r, ctx);
        }
        else {
            walk(v, p, r, ctx);
        }
        p.pop();
        r.pop();
    }
}
function applyCast(cast, value, container, k, real, ctx) {
    const loc = valueLoc(container, k);
    try {
        container[k] = cast(value);
    }
    catch (e) {
        if (e instanceof Yaml11Boolean) {
            container[k] = e.value;
            if (loc) {
                ctx.problems.add('compose/yaml11-boolean', loc, `${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`${e.value}\``);
            }
            return;
        }
        if (loc)
            ctx.problems.add('compose/invalid-value', loc, `${real.join('.')}: failed to cast to expected type: ${e.message}`);
    }
}
function interpolateString(v, container, k, real, ctx) {
    if (!v.includes('$'))
        return v;
    const loc = valueLoc(container, k);
    const dotted = real.join('.');
    const hookUses = [];
    const { value, error } = substituteLenient(v, (name) => ctx.env.get(name)?.value, { hook: (u) => hookUses.push(u) });
    if (!loc)
        return value;
    const seen = new Set();
    for (const u of hookUses) {
        const key = `${u.name}\0${u.op}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const where = variableLoc(loc, u.name, ctx.sources);
        const src = ctx.env.get(u.name);
        ctx.uses.push({
            name: u.name,
            file: loc.file,
            line: where.line,
            column: where.column,
            path: dotted,
            required: u.op === '?' || u.op === ':?',
            ...(u.op === '-' || u.op === ':-' ? { default: u.arg } : {}),
            operator: u.op,
            set: src !== undefined,
            source: src?.source ?? 'unset',
            ...(src?.file ? { sourceFile: src.file, sourceLine: src.line } : {}),
        });
        if (u.op === '' && u.value === undefined) {
            ctx.problems.add('compose/unset-variable', where, `The "${u.name}" variable is not set. Defaulting to a blank string.`);
        }
    }
    if (error) {
        ctx.problems.poison(loc);
        if (error instanceof MissingRequiredError) {
            ctx.problems.add('compose/required-variable', variableLoc(loc, error.variable, ctx.sources), `${error.message} (in ${dotted})`);
        }
        else if (error instanceof InvalidTemplateError) {
            ctx.problems.add('compose/invalid-interpolation', loc, `invalid interpolation format for ${dotted}: ${JSON.stringify(error.template)}; you may need to escape any $ with another $`);
        }
        else {
            ctx.problems.add('compose/invalid-interpolation', loc, `error while interpolating ${dotted}: ${error.message}`);
        }
    }
    return value;
}
/** Position of the first `$NAME` / `${NAME` inside the scalar's text, or the scalar's own position. */
function variableLoc(loc, name, sources) {
    if (loc.offset === undefined || loc.endOffset === undefined)
        return loc;
    const text = sources.text(loc.file);
    if (!text)
        return loc;
    const slice = text.slice(loc.offset, loc.endOffset);
    const re = new RegExp(String.raw `\$\{?` + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?![_a-zA-Z0-9])');
    const m = re.exec(slice);
    if (!m)
        return loc;
    const p = sources.pos(loc.file, loc.offset + m.index);
    return { file: loc.file, line: p.line, column: p.column };
}

;// CONCATENATED MODULE: ./src/checks/compose/merge.ts
/**
 * Merging compose models, ported from compose-go `override/merge.go` (Apache-2.0). Mappings merge
 * recursively, sequences append, scalars are replaced, and a table of paths has its own rules.
 * Positions follow the values: whatever the later file supplied points at the later file.
 */


class MergeError extends Error {
    loc;
    rule;
    constructor(message, loc, 
    /** The rule to report it under, when it is not a merge conflict. */
    rule) {
        super(message);
        this.loc = loc;
        this.rule = rule;
    }
}
const SPECIALS = [];
const special = (p, m) => {
    SPECIALS.push([p.split('.'), m]);
};
/** Merges `override` over `base` (both mutated/consumed), like compose-go `override.MergeYaml`. */
function mergeYaml(e, o, path, eLoc, oLoc) {
    for (const [pattern, m] of SPECIALS)
        if (matches(path, pattern))
            return m(e, o, path, eLoc ?? selfLoc(e), oLoc ?? selfLoc(o));
    if (o === null || o === undefined)
        return e;
    if (isMapping(e)) {
        if (!isMapping(o))
            throw new MergeError(`cannot override ${path.join('.')}`, oLoc ?? selfLoc(o));
        return mergeMappings(e, o, path);
    }
    if (Array.isArray(e)) {
        if (!Array.isArray(o))
            throw new MergeError(`cannot override ${path.join('.')}`, oLoc ?? selfLoc(o));
        return arrayWithLocs([...itemsWithLocs(e), ...itemsWithLocs(o)], selfLoc(o) ?? selfLoc(e));
    }
    return o;
}
/** Top-level merge of two whole models. */
function mergeModels(base, override) {
    return mergeYaml(base, override, []);
}
function mergeMappings(mapping, other, path) {
    for (const [k, v] of Object.entries(other)) {
        if (!hasOwn(mapping, k)) {
            setOwn(mapping, k, v);
            copyEntryLoc(mapping, k, other, k);
            continue;
        }
        const before = mapping[k];
        const oLoc = valueLoc(other, k);
        const merged = mergeYaml(before, v, [...path, k], valueLoc(mapping, k), oLoc);
        setOwn(mapping, k, merged);
        if (merged === v) {
            copyEntryLoc(mapping, k, other, k);
        }
        else if (merged !== before && typeof merged === 'object' && merged !== null) {
            const self = selfLoc(merged) ?? oLoc;
            if (self)
                ensureLocs(mapping, self).values.set(k, self);
        }
    }
    return mapping;
}
function mergeLogging(c, o, path) {
    if (!isMapping(c) || !isMapping(o))
        return o ?? c;
    const d = o['driver'];
    const od = c['driver'];
    if (d === od || !hasOwn(o, 'driver') || !hasOwn(c, 'driver'))
        return mergeMappings(c, o, path);
    return o;
}
function toBuild(v, at) {
    if (typeof v === 'string') {
        const b = { context: v };
        if (at)
            register(b, at).values.set('context', at);
        return b;
    }
    return isMapping(v) ? v : undefined;
}
function mergeBuild(c, o, path, eLoc, oLoc) {
    const base = toBuild(c, eLoc);
    const over = toBuild(o, oLoc);
    if (!base)
        return over ?? o;
    if (!over)
        return base;
    return mergeMappings(base, over, path);
}
/** A list of names becomes a mapping of each name to a copy of `def` (or null). */
function convertIntoMapping(a, def) {
    if (isMapping(a))
        return a;
    if (Array.isArray(a)) {
        const out = {};
        const l = register(out, selfLoc(a) ?? { file: '', line: 1, column: 1 });
        a.forEach((s, i) => {
            const key = String(s);
            const value = def === null ? null : { ...def };
            setOwn(out, key, value);
            const at = valueLoc(a, i);
            if (at) {
                l.keys.set(key, at);
                l.values.set(key, at);
                if (value)
                    register(value, at);
            }
        });
        return out;
    }
    return undefined;
}
const DEPENDS_DEFAULT = { condition: 'service_started', required: true };
function mergeAsMapping(def) {
    return (c, o, path) => {
        const right = convertIntoMapping(c, def);
        const left = convertIntoMapping(o, def);
        if (!right)
            return left ?? o;
        if (!left)
            return right;
        return mergeMappings(right, left, path);
    };
}
/** Go's `%v` for the scalars a compose file can hold. */
function goString(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'number') {
        if (Number.isInteger(v) && Math.abs(v) < 1e21)
            return String(v);
        const s = String(v);
        return s.replace(/e\+?(-?)(\d)$/, 'e$1+0$2').replace(/e\+?(-?)(\d\d+)$/, (_m, sign, d) => `e${sign || '+'}${d}`);
    }
    if (Array.isArray(v))
        return `[${v.map(goString).join(' ')}]`;
    if (isMapping(v)) {
        return `map[${Object.keys(v)
            .sort()
            .map((k) => `${k}:${goString(v[k])}`)
            .join(' ')}]`;
    }
    return String(v);
}
/** A `K=V` list from a mapping (sorted, nil → `K`), a list (as is) or a string (one item). */
function convertIntoSequence(value, at) {
    if (isMapping(value)) {
        const seq = [];
        for (const [k, val] of Object.entries(value)) {
            const loc = valueLoc(value, k);
            if (val === null || val === undefined)
                seq.push({ value: k, loc });
            else if (Array.isArray(val))
                for (const x of val)
                    seq.push({ value: `${k}=${goString(x)}`, loc });
            else
                seq.push({ value: `${k}=${goString(val)}`, loc });
        }
        seq.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
        return seq;
    }
    if (Array.isArray(value))
        return itemsWithLocs(value);
    if (typeof value === 'string')
        return [{ value, loc: at }];
    return [];
}
function mergeToSequence(c, o, _p, eLoc, oLoc) {
    const right = convertIntoSequence(c, eLoc);
    const left = convertIntoSequence(o, oLoc);
    return arrayWithLocs([...right, ...left], oLoc ?? eLoc);
}
function mergeExtraHosts(c, o, _p, eLoc, oLoc) {
    const right = convertIntoSequence(c, eLoc);
    const left = convertIntoSequence(o, oLoc).filter((l) => !right.some((r) => r.value === l.value));
    return arrayWithLocs([...right, ...left], oLoc ?? eLoc);
}
function mergeUlimit(_c, o) {
    return o;
}
function override(_c, o) {
    return o;
}
function mergeIPAMConfig(c, o, path) {
    if (!Array.isArray(c) || !Array.isArray(o))
        throw new MergeError(`${path.join('.')}: unexpected type`, selfLoc(o) ?? selfLoc(c));
    const out = [];
    const subnet = (a) => (isMapping(a) ? a['subnet'] : undefined);
    for (const original of c) {
        const right = convertIntoMapping(original, null) ?? {};
        for (const ov of o) {
            const left = convertIntoMapping(ov, null) ?? {};
            if (subnet(left) !== subnet(right)) {
                if (!out.some((a) => subnet(a) === subnet(left))) {
                    out.push(left);
                    continue;
                }
            }
            const merged = mergeMappings(right, left, path);
            const idx = out.findIndex((a) => subnet(a) === subnet(merged));
            if (idx >= 0)
                out[idx] = merged;
            else
                out.push(merged);
        }
    }
    return arrayWithLocs(out.map((v) => ({ value: v, loc: selfLoc(v) })), selfLoc(o) ?? selfLoc(c));
}
special('networks.*.ipam.config', mergeIPAMConfig);
special('networks.*.labels', mergeToSequence);
special('volumes.*.labels', mergeToSequence);
special('services.*.annotations', mergeToSequence);
special('services.*.build', mergeBuild);
special('services.*.build.args', mergeToSequence);
special('services.*.build.additional_contexts', mergeToSequence);
special('services.*.build.extra_hosts', mergeExtraHosts);
special('services.*.build.labels', mergeToSequence);
special('services.*.command', override);
special('services.*.depends_on', mergeAsMapping(DEPENDS_DEFAULT));
special('services.*.deploy.labels', mergeToSequence);
special('services.*.dns', mergeToSequence);
special('services.*.dns_opt', mergeToSequence);
special('services.*.dns_search', mergeToSequence);
special('services.*.entrypoint', override);
special('services.*.env_file', mergeToSequence);
special('services.*.label_file', mergeToSequence);
special('services.*.environment', mergeToSequence);
special('services.*.extra_hosts', mergeExtraHosts);
special('services.*.healthcheck.test', override);
special('services.*.labels', mergeToSequence);
special('services.*.volumes.*.volume.labels', mergeToSequence);
special('services.*.logging', mergeLogging);
special('services.*.models', mergeAsMapping(null));
special('services.*.networks', mergeAsMapping(null));
special('services.*.sysctls', mergeToSequence);
special('services.*.tmpfs', mergeToSequence);
special('services.*.ulimits.*', mergeUlimit);
/** compose-go `applyNullOverrides`: removes every mapping key at a `!reset`/`!override` path. */
function applyResets(target, resets, path = []) {
    if (!resets.length || !isMapping(target))
        return;
    for (const k of Object.keys(target)) {
        const next = [...path, k];
        if (resets.some((r) => matches(next, r))) {
            delete target[k];
            locsOf(target)?.keys.delete(k);
            locsOf(target)?.values.delete(k);
            continue;
        }
        applyResets(target[k], resets, next);
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/values.ts
/**
 * Parsers for the typed values compose-go decodes into its model: byte sizes (docker/go-units
 * `RAMInBytes`), shell words (mattn/go-shellwords, as compose-go calls it), extra hosts.
 */

class ValueError extends Error {
}
const SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const BINARY = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** A compose byte size (`512m`, `1.5g`, `1024`, or a number) in bytes. */
function parseBytes(v) {
    if (typeof v === 'number')
        return Math.trunc(v);
    if (typeof v !== 'string')
        throw new ValueError(`invalid size: '${goString(v)}'`);
    if (/^[+-]?\d+$/.test(v))
        return Number(v);
    const m = SIZE.exec(v);
    if (!m)
        throw new ValueError(`invalid size: '${v}'`);
    let size = Number(m[1].split('.').slice(0, 2).join('.'));
    const unit = (m[3] ?? '').toLowerCase();
    if (unit)
        size *= BINARY[unit];
    return Math.trunc(size);
}
/** go-shellwords `Parse` with its defaults (no env or backtick expansion): stops at `;`, `&`, `|`, `<`, `>`. */
function shellWords(line) {
    const args = [];
    let buf = '';
    let escaped = false;
    let single = false;
    let double = false;
    let backQuote = false;
    let dollarQuote = false;
    let got = 'no';
    const chars = [...line];
    loop: for (let i = 0; i < chars.length; i++) {
        const r = chars[i];
        if (escaped) {
            buf += r;
            escaped = false;
            got = 'quoted';
            continue;
        }
        if (r === '\\') {
            if (single)
                buf += r;
            else
                escaped = true;
            continue;
        }
        if (/\s/.test(r)) {
            if (single || double || backQuote || dollarQuote)
                buf += r;
            else if (got !== 'no') {
                args.push(buf);
                buf = '';
                got = 'no';
            }
            continue;
        }
        switch (r) {
            case '`':
                if (!single && !double && !dollarQuote)
                    backQuote = !backQuote;
                break;
            case ')':
                if (!single && !double && !backQuote)
                    dollarQuote = false;
                break;
            case '(':
                if (!single && !double && !backQuote) {
                    if (!dollarQuote && buf.endsWith('$')) {
                        dollarQuote = true;
                        buf += '(';
                        continue;
                    }
                    throw new ValueError('invalid command line string');
                }
                break;
            case '"':
                if (!single && !dollarQuote) {
                    if (double)
                        got = 'quoted';
                    double = !double;
                    continue;
                }
                break;
            case "'":
                if (!double && !dollarQuote) {
                    if (single)
                        got = 'quoted';
                    single = !single;
                    continue;
                }
                break;
            case ';':
            case '&':
            case '|':
            case '<':
            case '>':
                if (!(single || double || backQuote || dollarQuote)) {
                    if (r === '>' && buf.length > 0 && buf[0] >= '0' && buf[0] <= '9')
                        got = 'no';
                    break loop;
                }
                break;
        }
        got = 'single';
        buf += r;
    }
    if (got !== 'no')
        args.push(buf);
    if (escaped || single || double || backQuote || dollarQuote)
        throw new ValueError('invalid command line string');
    return args;
}
/** compose-go `HostsList`: `host=ip`, `host:ip` or a mapping; returned sorted as `host=ip`. */
function parseExtraHosts(v) {
    const list = new Map();
    const add = (host, ips) => {
        if (host === '' || /[:=]/.test(host))
            throw new ValueError(`bad host name '${host}'`);
        const clean = ips.map((ip) => (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip));
        list.set(host, [...(list.get(host) ?? []), ...clean]);
    };
    if (Array.isArray(v)) {
        for (const e of v) {
            const s = goString(e);
            let done = false;
            for (const sep of ['=', ':']) {
                const i = s.indexOf(sep);
                if (i >= 0) {
                    add(s.slice(0, i), s.slice(i + 1).split(','));
                    done = true;
                    break;
                }
            }
            if (!done)
                throw new ValueError(`invalid additional host, missing IP: ${s}`);
        }
    }
    else if (v !== null && typeof v === 'object') {
        for (const [host, e] of Object.entries(v)) {
            if (e === null || e === undefined)
                add(host, ['']);
            else if (typeof e === 'string')
                add(host, [e]);
            else if (Array.isArray(e))
                add(host, e.map(goString));
            else
                throw new ValueError('unexpected value type for extra_hosts entry');
        }
    }
    else {
        throw new ValueError('unexpected value type for extra_hosts');
    }
    const out = [];
    for (const [h, ips] of list)
        for (const ip of ips)
            out.push(`${h}=${ip}`);
    return out.sort();
}

;// CONCATENATED MODULE: ./src/checks/compose/consistency.ts
/**
 * The consistency checks `docker compose config` makes on enabled services, ported from compose-go
 * `loader/validate.go` and `graph/cycle.go` (Apache-2.0). compose stops at the first problem; every
 * problem is reported here, each at the text that names it.
 */


const entries = (v) => (isMapping(v) ? Object.entries(v) : []);
function checkConsistency(model, sets, problems) {
    const top = (k) => (isMapping(model[k]) ? model[k] : {});
    const networks = top('networks');
    const volumes = top('volumes');
    const secrets = top('secrets');
    const configs = top('configs');
    const models = top('models');
    const services = sets.all;
    const add = (rule, at, message) => {
        if (at)
            problems.add(rule, at, message);
    };
    for (const name of Object.keys(services)) {
        if (!sets.enabled.has(name))
            continue;
        const s = services[name];
        if (!isMapping(s))
            continue;
        const svcAt = keyLoc(services, name);
        const build = isMapping(s['build']) ? s['build'] : undefined;
        if (!build && (typeof s['image'] !== 'string' || s['image'] === '') && !('provider' in s)) {
            add('compose/missing-image', svcAt, `service "${name}" has neither an image nor a build context specified`);
        }
        if (build) {
            if (nonEmpty(build['dockerfile_inline']) && nonEmpty(build['dockerfile'])) {
                add('compose/conflicting-attributes', valueLoc(build, 'dockerfile_inline'), `service "${name}" declares mutually exclusive dockerfile and dockerfile_inline`);
            }
            for (const [ctxName, c] of entries(build['additional_contexts'])) {
                if (typeof c !== 'string' || !c.startsWith('service:'))
                    continue;
                const target = c.slice('service:'.length);
                const at = valueLoc(build['additional_contexts'], ctxName);
                if (!(target in services)) {
                    add('compose/undefined-service', at, `service "${name}" declares unknown service "${target}" as additional contexts ${ctxName}`);
                }
                else if (!isMapping(services[target]) || !isMapping(services[target]['build'])) {
                    add('compose/undefined-service', at, `service "${name}" declares non-buildable service "${target}" as additional contexts ${ctxName}`);
                }
            }
            const platforms = build['platforms'];
            if (Array.isArray(platforms) && platforms.length > 0 && typeof s['platform'] === 'string' && s['platform'] !== '') {
                if (!platforms.includes(s['platform'])) {
                    add('compose/conflicting-attributes', valueLoc(s, 'platform'), `service.build.platforms MUST include service.platform "${s['platform']}"`);
                }
            }
            if (Array.isArray(build['secrets'])) {
                build['secrets'].forEach((sec, i) => {
                    const src = isMapping(sec) ? sec['source'] : sec;
                    if (typeof src === 'string' && !(src in secrets)) {
                        add('compose/undefined-secret', valueLoc(build['secrets'], i), `service "${name}" refers to undefined build secret ${src}`);
                    }
                });
            }
        }
        const svcNetworks = isMapping(s['networks']) ? s['networks'] : undefined;
        if (typeof s['network_mode'] === 'string' && s['network_mode'] !== '' && svcNetworks && Object.keys(svcNetworks).length > 0) {
            add('compose/conflicting-attributes', valueLoc(s, 'network_mode'), `service ${name} declares mutually exclusive \`network_mode\` and \`networks\``);
        }
        for (const [net] of entries(svcNetworks)) {
            if (!(net in networks))
                add('compose/undefined-network', keyLoc(svcNetworks, net), `service "${name}" refers to undefined network ${net}`);
        }
        const hc = s['healthcheck'];
        if (isMapping(hc) && Array.isArray(hc['test']) && hc['test'].length > 0) {
            const first = hc['test'][0];
            if (first !== 'CMD' && first !== 'CMD-SHELL' && first !== 'NONE') {
                add('compose/invalid-healthcheck', valueLoc(hc['test'], 0) ?? valueLoc(hc, 'test'), `services.${name}.healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"`);
            }
        }
        for (const [dep, cfg] of entries(s['depends_on'])) {
            if (sets.enabled.has(dep))
                continue;
            const required = !isMapping(cfg) || cfg['required'] !== false;
            const at = keyLoc(s['depends_on'], dep);
            const profiles = sets.disabled.get(dep);
            if (profiles) {
                if (!required)
                    continue;
                add('compose/undefined-service', at, `service "${name}" depends on service "${dep}", which is disabled: none of its profiles (${profiles.join(', ')}) is active`);
            }
            else {
                add('compose/undefined-service', at, `service "${name}" depends on undefined service "${dep}"`);
            }
        }
        if (typeof s['network_mode'] === 'string' && s['network_mode'].startsWith('service:')) {
            const ref = s['network_mode'].slice('service:'.length);
            if (!sets.enabled.has(ref) && !(isMapping(s['depends_on']) && ref in s['depends_on'])) {
                add('compose/undefined-service', valueLoc(s, 'network_mode'), `service "${ref}" not found for network_mode 'service:${ref}'`);
            }
        }
        if (Array.isArray(s['volumes'])) {
            s['volumes'].forEach((v, i) => {
                if (!isMapping(v) || v['type'] !== 'volume' || typeof v['source'] !== 'string' || v['source'] === '')
                    return;
                if (!(v['source'] in volumes))
                    add('compose/undefined-volume', valueLoc(s['volumes'], i), `service "${name}" refers to undefined volume ${v['source']}`);
            });
        }
        const refs = (kind, defined, rule, what) => {
            const list = s[kind];
            if (!Array.isArray(list))
                return;
            list.forEach((r, i) => {
                const src = isMapping(r) ? r['source'] : r;
                if (typeof src === 'string' && !(src in defined))
                    add(rule, valueLoc(list, i), `service "${name}" refers to undefined ${what} ${src}`);
            });
        };
        refs('configs', configs, 'compose/undefined-config', 'config');
        refs('secrets', secrets, 'compose/undefined-secret', 'secret');
        for (const [m] of entries(s['models'])) {
            if (!(m in models))
                add('compose/undefined-model', keyLoc(s['models'], m), `service "${name}" refers to undefined model ${m}`);
        }
        const deploy = isMapping(s['deploy']) ? s['deploy'] : undefined;
        const scale = typeof s['scale'] === 'number' ? s['scale'] : undefined;
        const replicas = deploy && typeof deploy['replicas'] === 'number' ? deploy['replicas'] : undefined;
        if (scale !== undefined && replicas !== undefined && scale !== replicas) {
            add('compose/conflicting-attributes', valueLoc(s, 'scale'), `services.${name}: can't set distinct values on 'scale' and 'deploy.replicas'`);
        }
        if (scale !== undefined && scale < 0)
            add('compose/invalid-value', valueLoc(s, 'scale'), `services.${name}.scale: must be greater than or equal to 0`);
        if (replicas !== undefined && replicas < 0) {
            add('compose/invalid-value', valueLoc(deploy, 'replicas'), `services.${name}.deploy.replicas: must be greater than or equal to 0`);
        }
        const limits = deploy && isMapping(deploy['resources']) && isMapping(deploy['resources']['limits']) ? deploy['resources']['limits'] : undefined;
        const reservations = deploy && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations']) ? deploy['resources']['reservations'] : undefined;
        const differs = (a, b, parse) => {
            try {
                return parse(a) !== parse(b);
            }
            catch {
                return false;
            }
        };
        const cpus = (x) => Math.fround(Number(x ?? 0));
        if (s['cpus'] !== undefined && Number(s['cpus']) !== 0 && limits && differs(s['cpus'], limits['cpus'], cpus)) {
            add('compose/conflicting-attributes', valueLoc(s, 'cpus'), `services.${name}: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'`);
        }
        const bytesOr0 = (x) => (x === undefined || x === null ? 0 : parseBytes(x));
        if (s['mem_limit'] !== undefined && limits && differs(s['mem_limit'], limits['memory'], bytesOr0)) {
            add('compose/conflicting-attributes', valueLoc(s, 'mem_limit'), `services.${name}: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'`);
        }
        if (s['mem_reservation'] !== undefined && reservations && differs(s['mem_reservation'], reservations['memory'], bytesOr0)) {
            add('compose/conflicting-attributes', valueLoc(s, 'mem_reservation'), `services.${name}: can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'`);
        }
        if (typeof s['pids_limit'] === 'number' && s['pids_limit'] !== 0 && limits && s['pids_limit'] !== (limits['pids'] ?? 0)) {
            add('compose/conflicting-attributes', valueLoc(s, 'pids_limit'), `services.${name}: can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'`);
        }
        const effectiveScale = scale ?? replicas ?? 1;
        if (effectiveScale > 1 && typeof s['container_name'] === 'string' && s['container_name'] !== '') {
            const attr = scale !== undefined ? 'scale' : 'deploy.replicas';
            add('compose/conflicting-attributes', valueLoc(s, 'container_name'), `services.${name}: can't set container_name and ${attr} as container name must be unique`);
        }
        const develop = isMapping(s['develop']) ? s['develop'] : undefined;
        if (develop && Array.isArray(develop['watch'])) {
            for (const w of develop['watch']) {
                if (!isMapping(w))
                    continue;
                if ((w['target'] ?? '') === '' && typeof w['action'] === 'string' && w['action'] !== 'rebuild' && w['action'] !== 'restart') {
                    add('compose/missing-attribute', selfLoc(w), `services.${name}.develop.watch: target is required for non-rebuild actions`);
                }
            }
        }
        const mounts = new Map();
        const tmpfs = typeof s['tmpfs'] === 'string' ? [s['tmpfs']] : s['tmpfs'];
        if (Array.isArray(tmpfs)) {
            tmpfs.forEach((t, i) => {
                if (typeof t !== 'string')
                    return;
                const p = t.split(':')[0];
                const loc = `services.${name}.tmpfs[${i}]`;
                const prev = mounts.get(p);
                if (prev)
                    add('compose/duplicate-mount', valueLoc(s['tmpfs'], i) ?? valueLoc(s, 'tmpfs'), `${loc}: target ${p} already mounted as ${prev}`);
                else
                    mounts.set(p, loc);
            });
        }
        if (Array.isArray(s['volumes'])) {
            s['volumes'].forEach((v, i) => {
                if (!isMapping(v) || typeof v['target'] !== 'string')
                    return;
                const loc = `services.${name}.volumes[${i}]`;
                const prev = mounts.get(v['target']);
                if (prev)
                    add('compose/duplicate-mount', valueLoc(s['volumes'], i), `${loc}: target ${v['target']} already mounted as ${prev}`);
                else
                    mounts.set(v['target'], loc);
            });
        }
    }
    for (const [name, sec] of entries(secrets)) {
        if (!isMapping(sec) || sec['external'] === true)
            continue;
        // without a driver, validation.ts has already said "one of file|environment must be set"
        if (!nonEmpty(sec['file']) && !nonEmpty(sec['environment']) && 'driver' in sec) {
            add('compose/missing-attribute', keyLoc(secrets, name), `secret "${name}" must declare either \`file\` or \`environment\``);
        }
    }
    checkCycles(sets, problems);
}
function nonEmpty(v) {
    return typeof v === 'string' && v !== '';
}
/** compose-go `graph.CheckCycle`, reporting every distinct cycle at the edge that closes it. */
function checkCycles(sets, problems) {
    const names = [...sets.enabled].sort();
    const deps = (n) => {
        const s = sets.all[n];
        if (!isMapping(s) || !isMapping(s['depends_on']))
            return [];
        return Object.keys(s['depends_on'])
            .filter((d) => sets.enabled.has(d))
            .sort();
    };
    const state = new Map();
    const reported = new Set();
    const visit = (pathNames) => {
        const cur = pathNames[pathNames.length - 1];
        state.set(cur, 'active');
        for (const child of deps(cur)) {
            const st = state.get(child);
            if (st === 'active') {
                const i = pathNames.indexOf(child);
                const cycle = [...pathNames.slice(i), child];
                const ring = cycle.slice(0, -1);
                const min = ring.indexOf([...ring].sort()[0]);
                const key = [...ring.slice(min), ...ring.slice(0, min)].join('\0');
                if (!reported.has(key)) {
                    reported.add(key);
                    const s = sets.all[cur];
                    const at = keyLoc(s['depends_on'], child) ?? keyLoc(sets.all, cur);
                    if (at)
                        problems.add('compose/dependency-cycle', at, `dependency cycle detected: ${cycle.join(' -> ')}`);
                }
                continue;
            }
            if (st === 'done')
                continue;
            pathNames.push(child);
            visit(pathNames);
            pathNames.pop();
        }
        state.set(cur, 'done');
    };
    for (const n of names)
        if (!state.has(n))
            visit([n]);
}

;// CONCATENATED MODULE: ./src/checks/compose/dotenv.ts
/**
 * `.env` parsing as compose does it, ported from compose-go `dotenv/parser.go` (Apache-2.0):
 * `KEY=VAL`, `KEY: VAL`, `export KEY=VAL`, single quotes (literal), double quotes (escapes, then
 * interpolation), unquoted values (inline ` #` comments stripped, then interpolation), a bare `KEY`
 * line inheriting from the lookup, comments, a leading BOM.
 */

class DotenvError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const EXPORT = /^export\s+/;
const ESCAPES = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const isSpace = (c) => c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\u0085' || c === '\u00a0';
const isUnicodeSpace = (c) => /\s/u.test(c) || c === '\u0085';
const isLetterOrNumber = (c) => /[\p{L}\p{N}]/u.test(c);
/**
 * Parses dotenv text. `lookup` resolves variables used in values and bare keys (compose passes the
 * process environment); variables defined earlier in the same text are visible too.
 */
function parseDotenv(src, lookup = () => undefined) {
    if (src.startsWith('\uFEFF'))
        src = src.slice(1);
    const out = new Map();
    const values = (k) => lookup(k) ?? out.get(k)?.value;
    let line = 1;
    let pos = 0;
    const n = src.length;
    const skipToStatement = () => {
        for (;;) {
            while (pos < n && isUnicodeSpace(src[pos])) {
                if (src[pos] === '\n')
                    line++;
                pos++;
            }
            if (pos >= n)
                return false;
            if (src[pos] !== '#')
                return true;
            const nl = src.indexOf('\n', pos);
            if (nl < 0) {
                pos = n;
                return false;
            }
            pos = nl;
        }
    };
    while (skipToStatement()) {
        let rest = src.slice(pos);
        const keyLine = line;
        if (EXPORT.test(rest)) {
            // compose trims "export" then any spaces (not newlines)
            let k = 'export'.length;
            while (k < rest.length && isSpace(rest[k]))
                k++;
            pos += k;
            rest = src.slice(pos);
        }
        let key = '';
        let offset = -1;
        let inherited = false;
        for (let i = 0; i < rest.length; i++) {
            const c = rest[i];
            if (isSpace(c))
                continue;
            if (c === '=' || c === ':' || c === '\n') {
                key = rest.slice(0, i);
                offset = i + 1;
                inherited = c === '\n';
                break;
            }
            if (c === '_' || c === '.' || c === '-' || c === '[' || c === ']')
                continue;
            if (isLetterOrNumber(c))
                continue;
            throw new DotenvError(`line ${line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(rest.split('\n')[0])}`, line);
        }
        if (offset < 0) {
            // a key at the end of the text with no `=`: compose treats the rest as the key name
            key = rest;
            offset = rest.length;
            inherited = true;
        }
        if (inherited && !key.includes(' '))
            line++;
        key = key.replace(/\s+$/u, '');
        pos += offset;
        while (pos < n && isSpace(src[pos]))
            pos++;
        if (key.includes(' '))
            throw new DotenvError(`line ${line}: key cannot contain a space`, line);
        if (inherited) {
            const v = lookup(key);
            if (v !== undefined)
                out.set(key, { key, value: v, line: keyLine });
            continue;
        }
        const q = src[pos];
        if (q !== '"' && q !== "'") {
            const nl = src.indexOf('\n', pos);
            let value = nl < 0 ? src.slice(pos) : src.slice(pos, nl);
            pos = nl < 0 ? n : nl + 1;
            line++;
            const hash = value.indexOf(' #');
            if (hash >= 0)
                value = value.slice(0, hash);
            value = value.replace(/\s+$/u, '');
            out.set(key, { key, value: expand(value, values, line - 1), line: keyLine });
            continue;
        }
        let escaped = false;
        let chars = '';
        let closed = false;
        for (let i = pos + 1; i < n; i++) {
            const c = src[i];
            if (c === '\n')
                line++;
            if (c !== q) {
                if (!escaped && c === '\\') {
                    escaped = true;
                    continue;
                }
                if (escaped) {
                    escaped = false;
                    chars += '\\';
                }
                chars += c;
                continue;
            }
            if (escaped) {
                escaped = false;
                chars += c;
                continue;
            }
            let value = chars;
            if (q === '"')
                value = expand(expandEscapes(value), values, line);
            out.set(key, { key, value, line: keyLine });
            pos = i + 1;
            closed = true;
            break;
        }
        if (!closed) {
            const nl = src.indexOf('\n', pos);
            // compose counts to the end of the text; the line where the quote opens is the one to fix
            throw new DotenvError(`line ${keyLine}: unterminated quoted value ${nl < 0 ? src.slice(pos) : src.slice(pos, nl)}`, keyLine);
        }
    }
    return [...out.values()];
}
function expand(value, lookup, line) {
    try {
        return substitute(value, lookup);
    }
    catch (e) {
        throw new DotenvError(`line ${line}: ${e.message}`, line);
    }
}
function expandEscapes(s) {
    return s.replace(ESCAPES, (m) => {
        if (m === '\\$')
            return '$$';
        switch (m[1]) {
            case 'a':
                return '\x07';
            case 'b':
                return '\b';
            case 'c':
                return m; // Go's UnquoteChar rejects \c: kept as written
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return '\v';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '0': {
                // `\0123` is the octal escape `\123`; Go needs exactly three octal digits
                const digits = m.slice(2);
                if (digits.length === 3 && /^[0-7]{3}$/.test(digits)) {
                    const v = parseInt(digits, 8);
                    return v <= 255 ? String.fromCharCode(v) : m;
                }
                return m;
            }
            default:
                return m;
        }
    });
}

;// CONCATENATED MODULE: ./src/checks/compose/yaml-load.ts



/** Default size limit of one compose (or env) file. */
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Default bound on the number of YAML nodes one document may expand to once aliases are followed. */
const DEFAULT_MAX_NODES = 1_000_000;
/** The text of every file read, to turn offsets into lines and columns later. */
class Sources {
    files = new Map();
    add(file, text, lines) {
        let lc = lines;
        if (!lc) {
            lc = new dist/* LineCounter */.HN();
            lc.addNewLine(0);
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                lc.addNewLine(i + 1);
        }
        this.files.set(file, { text, lines: lc });
        return lc;
    }
    text(file) {
        return this.files.get(file)?.text;
    }
    /** 1-based line/column of an offset. */
    pos(file, offset) {
        const f = this.files.get(file);
        if (!f)
            return { line: 1, column: 1 };
        const p = f.lines.linePos(offset);
        return { line: p.line, column: p.col };
    }
}
/** Why a file could not be read as text; undefined when it was. */
function readTextFile(file, maxBytes, problems, at, what = 'compose file') {
    let size;
    try {
        const st = (0,external_node_fs_namespaceObject.statSync)(file);
        if (st.isDirectory()) {
            problems.add('compose/unreadable-file', at, `${what} ${file} is a directory, not a file`);
            return undefined;
        }
        size = st.size;
    }
    catch (e) {
        problems.add('compose/unreadable-file', at, `cannot read ${what} ${file}: ${e.code ?? String(e)}`);
        return undefined;
    }
    if (size > maxBytes) {
        problems.add('compose/file-too-large', at, `${what} is ${size} bytes, over the limit of ${maxBytes} bytes`);
        return undefined;
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(file);
    }
    catch (e) {
        problems.add('compose/unreadable-file', at, `cannot read ${what} ${file}: ${e.code ?? String(e)}`);
        return undefined;
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const before = bytes.subarray(0, bad);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < before.length; i++) {
            if (before[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const column = Buffer.from(before.subarray(lineStart)).toString('utf8').length + 1;
        problems.add('compose/invalid-encoding', { file, line, column }, `${what} is not valid UTF-8: invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad}`);
        return undefined;
    }
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let n = 0;
        let min = 0;
        if (c < 0x80) {
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            min = 0x800;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            min = 0x10000;
        }
        else
            return i;
        let cp = c & (0x3f >> n);
        for (let k = 1; k <= n; k++) {
            const cc = b[i + k];
            if (cc === undefined || (cc & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += n + 1;
    }
    return b.length;
}
const REMOVED = Symbol('removed');
/**
 * Parses the text of a compose file into plain data, one entry per YAML document.
 * Everything wrong with the text is reported; a document with errors is left out.
 */
function parseComposeYaml(text, file, sources, problems, limits) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: false,
        merge: false,
        version: '1.2',
        schema: 'core',
        logLevel: 'silent',
    });
    sources.add(file, text, lines);
    const out = [];
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { file, line: p.line, column: p.col, offset };
    };
    for (const doc of docs) {
        if (doc.errors.length) {
            for (const e of doc.errors)
                problems.add('compose/invalid-yaml', at(e.pos[0]), `YAML syntax error: ${e.message}`);
            continue;
        }
        const root = doc.contents;
        if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && !root.tag))
            continue;
        const targets = new Map();
        // Aliases are written `*name`: without a `*` in the text there is nothing to resolve.
        if (text.includes('*') && !collectAnchors(root, new Map(), targets, problems, at))
            continue;
        const bomb = targets.size ? checkExpansion(root, targets, limits.maxNodes) : undefined;
        if (bomb) {
            const where = bomb.alias ? at(bomb.alias.range?.[0] ?? 0) : at(root.range?.[0] ?? 0);
            problems.add('compose/yaml-alias-limit', where, bomb.cycle
                ? `YAML alias ${bomb.alias ? `*${bomb.alias.source} ` : ''}refers to a node that contains it (recursive alias)`
                : `YAML aliases expand this document to more than ${limits.maxNodes} nodes (an alias bomb?); refusing to expand it`);
            continue;
        }
        const ctx = { file, lines, problems, targets, resets: [], budget: limits.maxNodes };
        const value = convert(root, [], ctx);
        if (value === REMOVED)
            continue;
        out.push({ value, resets: ctx.resets, loc: at(root.range?.[0] ?? 0) });
    }
    return out;
}
function collectAnchors(node, anchors, targets, problems, at) {
    if (node === null || node === undefined)
        return true;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const t = anchors.get(node.source);
        if (!t) {
            problems.add('compose/invalid-yaml', at(node.range?.[0] ?? 0), `YAML syntax error: unknown anchor '${node.source}' referenced`);
            return false;
        }
        targets.set(node, t);
        return true;
    }
    const n = node;
    if (n.anchor)
        anchors.set(n.anchor, n);
    if ((0,dist/* isMap */.jh)(n)) {
        for (const p of n.items) {
            if (!collectAnchors(p.key, anchors, targets, problems, at))
                return false;
            if (!collectAnchors(p.value, anchors, targets, problems, at))
                return false;
        }
    }
    else if ((0,dist/* isSeq */.oP)(n)) {
        for (const item of n.items)
            if (!collectAnchors(item, anchors, targets, problems, at))
                return false;
    }
    return true;
}
/** Counts the nodes a document expands to, without expanding it. */
function checkExpansion(root, targets, max) {
    const memo = new Map();
    const active = new Set();
    let biggest = { size: -1 };
    let cycleAt;
    let cycle = false;
    const size = (node) => {
        if (node === null || node === undefined || cycle)
            return 0;
        const cached = memo.get(node);
        if (cached !== undefined)
            return cached;
        if (active.has(node)) {
            cycle = true;
            return 0;
        }
        let s = 1;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const t = targets.get(node);
            active.add(node);
            s = t ? size(t) : 1;
            active.delete(node);
            if (cycle && !cycleAt)
                cycleAt = node;
            if (s > biggest.size)
                biggest = { alias: node, size: s };
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            active.add(node);
            for (const p of node.items)
                s = Math.min(s + size(p.key) + size(p.value), Number.MAX_SAFE_INTEGER);
            active.delete(node);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            active.add(node);
            for (const i of node.items)
                s = Math.min(s + size(i), Number.MAX_SAFE_INTEGER);
            active.delete(node);
        }
        memo.set(node, s);
        return s;
    };
    const total = size(root);
    if (cycle)
        return { alias: cycleAt, cycle: true };
    if (total > max)
        return { alias: biggest.alias, cycle: false };
    return undefined;
}
function nodeLoc(node, ctx) {
    const [start = 0, end = start] = node.range ?? [];
    const a = ctx.lines.linePos(start);
    const b = ctx.lines.linePos(end);
    return { file: ctx.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: start, endOffset: end };
}
function describeKey(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function convert(node, path, ctx) {
    if (--ctx.budget < 0)
        return null;
    let n = node;
    if ((0,dist/* isAlias */.Vj)(n)) {
        const t = ctx.targets.get(n);
        if (!t)
            return null;
        n = t;
    }
    if (n.tag === '!reset') {
        ctx.resets.push(path);
        return REMOVED;
    }
    if (n.tag === '!override')
        ctx.resets.push(path);
    if ((0,dist/* isMap */.jh)(n)) {
        const obj = {};
        const locs = register(obj, nodeLoc(n, ctx));
        const seen = new Map();
        const merges = [];
        for (const pair of n.items) {
            const keyNode = pair.key;
            if ((0,dist/* isScalar */.jn)(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN' && !keyNode.tag) {
                merges.push(pair.value);
                continue;
            }
            const rawKey = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : (0,dist/* isAlias */.Vj)(keyNode) ? undefined : keyNode;
            const kLoc = keyNode ? nodeLoc(keyNode, ctx) : nodeLoc(n, ctx);
            if (typeof rawKey !== 'string') {
                const where = path.length ? `in ${path.join('.')}` : 'at top level';
                ctx.problems.add('compose/non-string-key', kLoc, `non-string key ${where}: ${describeKey(rawKey)}`);
                continue;
            }
            const first = seen.get(rawKey);
            if (first !== undefined) {
                ctx.problems.add('compose/duplicate-key', kLoc, `mapping key "${rawKey}" already defined at line ${first}`);
                continue;
            }
            seen.set(rawKey, kLoc.line);
            const v = convert(pair.value ?? null, [...path, rawKey], ctx);
            if (v === REMOVED)
                continue;
            setOwn(obj, rawKey, v);
            locs.keys.set(rawKey, kLoc);
            const valueNode = (pair.value ?? null);
            const target = valueNode && (0,dist/* isAlias */.Vj)(valueNode) ? ctx.targets.get(valueNode) : valueNode;
            locs.values.set(rawKey, target ? nodeLoc(target, ctx) : kLoc);
        }
        // `<<` merge keys: explicit keys win, then earlier merged mappings win over later ones.
        for (const m of merges) {
            const sources = (0,dist/* isSeq */.oP)(resolveAlias(m, ctx)) ? resolveAlias(m, ctx).items : [m];
            for (const s of sources) {
                const merged = convert(s, path, ctx);
                if (merged === null || typeof merged !== 'object' || Array.isArray(merged)) {
                    const where = (0,dist/* isAlias */.Vj)(s) || (0,dist/* isMap */.jh)(s) || (0,dist/* isSeq */.oP)(s) || (0,dist/* isScalar */.jn)(s) ? nodeLoc(s, ctx) : nodeLoc(n, ctx);
                    ctx.problems.add('compose/invalid-yaml', where, 'YAML syntax error: map merge requires map or sequence of maps as the value');
                    continue;
                }
                const ml = locsOf(merged);
                for (const [k, v] of Object.entries(merged)) {
                    if (Object.prototype.hasOwnProperty.call(obj, k))
                        continue;
                    setOwn(obj, k, v);
                    const kl = ml?.keys.get(k);
                    const vl = ml?.values.get(k);
                    if (kl)
                        locs.keys.set(k, kl);
                    if (vl)
                        locs.values.set(k, vl);
                }
            }
        }
        return obj;
    }
    if ((0,dist/* isSeq */.oP)(n)) {
        const arr = [];
        const locs = register(arr, nodeLoc(n, ctx));
        n.items.forEach((item, i) => {
            const v = convert(item ?? null, [...path, String(i)], ctx);
            if (v === REMOVED)
                return;
            const itemNode = (item ?? null);
            const target = itemNode && (0,dist/* isAlias */.Vj)(itemNode) ? ctx.targets.get(itemNode) : itemNode;
            locs.values.set(arr.length, target ? nodeLoc(target, ctx) : nodeLoc(n, ctx));
            arr.push(v);
        });
        return arr;
    }
    if ((0,dist/* isScalar */.jn)(n)) {
        if (n.type === 'PLAIN' && !n.tag && typeof n.source === 'string') {
            const g = goYamlNumber(n.source);
            if (g !== undefined)
                return g;
        }
        const v = n.value;
        if (typeof v === 'bigint')
            return Number(v);
        if (v instanceof Date)
            return n.source ?? v.toISOString();
        if (v === undefined)
            return null;
        return v;
    }
    return null;
}
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/**
 * Numbers as go-yaml (which compose uses) reads a plain scalar, where that differs from YAML 1.2:
 * underscores are ignored, `0b1010` is binary and `0755` is octal.
 */
function goYamlNumber(src) {
    const c = src[0];
    if (c === undefined || !/[0-9+-]/.test(c))
        return undefined;
    const plain = src.replace(/_/g, '');
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (m) {
        const body = m[2];
        let v;
        if (/^0[xXoObB]/.test(body))
            v = Number(body.toLowerCase());
        else if (body.length > 1 && body[0] === '0')
            v = parseInt(body.slice(1), 8);
        else
            v = Number(body);
        return m[1] === '-' ? -v : v;
    }
    if (GO_FLOAT.test(plain))
        return Number(plain);
    return undefined;
}
function resolveAlias(node, ctx) {
    return (0,dist/* isAlias */.Vj)(node) ? ctx.targets.get(node) : node;
}

;// CONCATENATED MODULE: ./src/checks/compose/environment.ts



function envFromProcess(env) {
    const t = new Map();
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            t.set(k, { value: v, source: 'env' });
    return t;
}
/**
 * Reads dotenv files the way compose does: values may use variables from `base` and from earlier lines;
 * later files override earlier ones; `base` wins over every file (compose never lets `.env` override
 * the shell). Returns `base` merged with the files.
 */
function withDotenvFiles(base, files, source, problems, maxBytes, at) {
    const fromFiles = new Map();
    for (const file of files) {
        const text = readTextFile(file, maxBytes, problems, at(file), 'env file');
        if (text === undefined)
            continue;
        try {
            const entries = parseDotenv(text, (k) => base.get(k)?.value ?? fromFiles.get(k)?.value);
            for (const e of entries)
                fromFiles.set(e.key, { value: e.value, source, file: external_node_path_default().resolve(file), line: e.line });
        }
        catch (e) {
            const line = e instanceof DotenvError ? e.line : 1;
            problems.add('compose/invalid-env-file', { file, line, column: 1 }, `cannot parse env file: ${e.message}`);
        }
    }
    const out = new Map(base);
    for (const [k, v] of fromFiles)
        if (!out.has(k))
            out.set(k, v);
    return out;
}
function lookupIn(env) {
    return (name) => env.get(name)?.value;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/checks/compose/paths.ts
/**
 * Relative paths made absolute against a project (or extended file's) directory, ported from
 * compose-go `paths/*.go` (Apache-2.0), and compose-go `loader/environment.go`.
 */




const REMOTE_CONTEXT = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];
function expandUser(p) {
    if (p === '~')
        return external_node_os_default().homedir();
    if (p.startsWith('~/'))
        return external_node_path_default().join(external_node_os_default().homedir(), p.slice(2));
    return p;
}
function absPath(dir, v) {
    if (Array.isArray(v))
        return v.map((x) => absPath(dir, x));
    if (typeof v !== 'string')
        return v;
    const p = expandUser(v);
    if (external_node_path_default().isAbsolute(p) || p === '')
        return p;
    return external_node_path_default().resolve(dir, p);
}
const isWindowsAbs = (p) => /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\');
function maybeUnixPath(dir, v) {
    if (typeof v !== 'string')
        return v;
    const p = expandUser(v);
    if (!external_node_path_default().posix.isAbsolute(p) && !isWindowsAbs(p))
        return external_node_path_default().resolve(dir, p);
    return p;
}
function isRemoteContext(v) {
    return v.includes('://') || v.startsWith('service:') || REMOTE_CONTEXT.some((r) => v.startsWith(r));
}
function absContextPath(dir, v) {
    if (typeof v !== 'string' || isRemoteContext(v))
        return v;
    return absPath(dir, v);
}
const RESOLVERS = [
    ['services.*.build.context', absContextPath],
    ['services.*.build.additional_contexts.*', absContextPath],
    ['services.*.build.ssh.*', maybeUnixPath],
    ['services.*.env_file.*.path', absPath],
    ['services.*.label_file.*', absPath],
    ['services.*.extends.file', (d, v) => (typeof v === 'string' && isRemoteResource(v) ? v : absPath(d, v))],
    ['services.*.develop.watch.*.path', absPath],
    [
        'services.*.volumes.*',
        (d, v) => {
            if (!isMapping(v) || v['type'] !== 'bind' || typeof v['source'] !== 'string')
                return v;
            v['source'] = maybeUnixPath(d, v['source']);
            return v;
        },
    ],
    ['configs.*.file', maybeUnixPath],
    ['secrets.*.file', maybeUnixPath],
    ['include.path', absPath],
    ['include.project_directory', absPath],
    ['include.env_file', absPath],
    [
        'volumes.*',
        (d, v) => {
            if (!isMapping(v) || v['driver'] !== 'local' || !isMapping(v['driver_opts']))
                return v;
            const o = v['driver_opts'];
            if (o['o'] === 'bind' && 'device' in o)
                o['device'] = maybeUnixPath(d, o['device']);
            return v;
        },
    ],
].map(([p, r]) => [p.split('.'), r]);
/** Remote include/extends references compose can fetch (git, OCI); we do not. */
function isRemoteResource(v) {
    return /^(oci:\/\/|git@|https?:\/\/|ssh:\/\/|git:\/\/|github\.com\/)/.test(v);
}
const ROOTS = new Set(RESOLVERS.map(([p]) => p[0]));
const MAX_DEPTH = Math.max(...RESOLVERS.map(([p]) => p.length));
/** compose-go `paths.ResolveRelativePaths`, making paths absolute against `dir`. */
function resolveRelativePaths(model, dir) {
    const p = [];
    for (const k of Object.keys(model)) {
        if (!ROOTS.has(k))
            continue;
        p.push(k);
        const r = paths_walk(model[k], p, dir);
        if (r !== model[k])
            model[k] = r;
        p.pop();
    }
}
function paths_walk(value, p, dir) {
    for (const [pattern, r] of RESOLVERS)
        if (matches(p, pattern))
            return r(dir, value);
    if (p.length >= MAX_DEPTH)
        return value;
    if (isMapping(value)) {
        for (const k of Object.keys(value)) {
            p.push(k);
            const e = value[k];
            const r = paths_walk(e, p, dir);
            if (r !== e)
                value[k] = r;
            p.pop();
        }
    }
    else if (Array.isArray(value)) {
        p.push('[]');
        for (let i = 0; i < value.length; i++) {
            const r = paths_walk(value[i], p, dir);
            if (r !== value[i])
                value[i] = r;
        }
        p.pop();
    }
    return value;
}
/** compose-go `ResolveEnvironment`: `environment: [VAR]` takes VAR's value from the project environment. */
function resolveEnvironment(model, env) {
    const services = model['services'];
    if (isMapping(services)) {
        for (const s of Object.values(services)) {
            if (!isMapping(s) || !Array.isArray(s['environment']))
                continue;
            const list = s['environment'];
            list.forEach((e, i) => {
                if (typeof e !== 'string')
                    return;
                const found = env.get(e);
                if (found !== undefined)
                    list[i] = `${e}=${found.value}`;
            });
        }
    }
    const configs = model['configs'];
    if (isMapping(configs)) {
        for (const c of Object.values(configs)) {
            if (!isMapping(c) || typeof c['environment'] !== 'string')
                continue;
            const found = env.get(c['environment']);
            if (found !== undefined)
                c['content'] = found.value;
        }
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/checks/compose/ports.ts
/**
 * Short port syntax `[[IP:]HOST:]CONTAINER[/PROTO]`, ported from docker/go-connections v0.4.0
 * `nat.ParsePortSpec` (Apache-2.0) and compose-go `types.ParsePortConfig`. Error texts keep the
 * library's capitals, as `docker compose config` prints them.
 */

class PortSpecError extends Error {
}
function parseUint16(s) {
    if (!/^\d+$/.test(s))
        return undefined;
    const n = Number(s);
    return n <= 65535 ? n : undefined;
}
function parsePortRange(ports) {
    if (ports === '')
        throw new Error('Empty string specified for ports.');
    if (!ports.includes('-')) {
        const n = parseUint16(ports);
        if (n === undefined)
            throw new Error('invalid');
        return [n, n];
    }
    const parts = ports.split('-');
    const start = parseUint16(parts[0]);
    const end = parseUint16(parts[1]);
    if (start === undefined || end === undefined)
        throw new Error('invalid');
    if (end < start)
        throw new Error(`Invalid range specified for the Port: ${ports}`);
    return [start, end];
}
function splitParts(raw) {
    const parts = raw.split(':');
    const n = parts.length;
    const container = parts[n - 1];
    switch (n) {
        case 1:
            return ['', '', container];
        case 2:
            return ['', parts[0], container];
        case 3:
            return [parts[0], parts[1], container];
        default:
            return [parts.slice(0, n - 2).join(':'), parts[n - 2], container];
    }
}
function splitProtoPort(raw) {
    const parts = raw.split('/');
    if (raw.length === 0 || parts[0].length === 0)
        return ['', ''];
    if (parts.length === 1)
        return ['tcp', raw];
    if (parts[1].length === 0)
        return ['tcp', parts[0]];
    return [parts[1], parts[0]];
}
/** Go `net.SplitHostPort(ip + ":")` keeping only the host, for bracketed IPv6. */
function stripBrackets(rawIP) {
    const hostport = rawIP + ':';
    if (hostport.startsWith('[')) {
        const end = hostport.indexOf(']');
        if (end < 0)
            throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: missing ']' in address`);
        if (hostport.slice(end + 1) !== ':')
            throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: too many colons in address`);
        return hostport.slice(1, end);
    }
    const host = hostport.slice(0, hostport.length - 1);
    if (host.includes(':'))
        throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: too many colons in address`);
    if (host.includes('[') || host.includes(']'))
        throw new PortSpecError(`Invalid ip address ${rawIP}: address ${hostport}: unexpected '[' in address`);
    return host;
}
/** Go `net.ParseIP`: dotted IPv4 (no leading zeros) or IPv6 without a zone. */
function isValidIP(ip) {
    if (ip.includes('%'))
        return false;
    if ((0,external_node_net_namespaceObject.isIP)(ip) === 4)
        return !ip.split('.').some((o) => o.length > 1 && o.startsWith('0'));
    return (0,external_node_net_namespaceObject.isIP)(ip) === 6;
}
function parsePortSpec(rawPort) {
    const [rawIP, hostPortIn, containerIn] = splitParts(rawPort);
    const [proto, containerPort] = splitProtoPort(containerIn);
    const ip = stripBrackets(rawIP);
    if (ip !== '' && !isValidIP(ip))
        throw new PortSpecError(`Invalid ip address: ${ip}`);
    if (containerPort === '')
        throw new PortSpecError(`No port specified: ${rawPort}<empty>`);
    let start;
    let end;
    try {
        [start, end] = parsePortRange(containerPort);
    }
    catch {
        throw new PortSpecError(`Invalid containerPort: ${containerPort}`);
    }
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPortIn.length > 0) {
        try {
            [hostStart, hostEnd] = parsePortRange(hostPortIn);
        }
        catch {
            throw new PortSpecError(`Invalid hostPort: ${hostPortIn}`);
        }
    }
    if (hostPortIn !== '' && end - start !== hostEnd - hostStart && end !== start) {
        throw new PortSpecError(`Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPortIn}`);
    }
    const lower = proto.toLowerCase();
    if (!['tcp', 'udp', 'sctp'].includes(lower))
        throw new PortSpecError(`Invalid proto: ${proto}`);
    const out = [];
    for (let i = 0; i <= end - start; i++) {
        const cp = start + i;
        let hostPort = hostPortIn;
        if (hostPortIn.length > 0)
            hostPort = String(hostStart + i);
        if (start === end && hostStart !== hostEnd)
            hostPort = `${hostPort}-${hostEnd}`;
        out.push({ port: `${cp}/${lower}`, containerPort: cp, proto: lower, hostIP: ip, hostPort });
    }
    return out;
}
/** compose-go `types.ParsePortConfig`: one entry per container port, ordered by `port/proto` text. */
function parsePortConfig(value) {
    const mappings = parsePortSpec(value);
    const byPort = new Map();
    for (const m of mappings) {
        const list = byPort.get(m.port) ?? [];
        list.push(m);
        byPort.set(m.port, list);
    }
    const keys = [...byPort.keys()].sort();
    const out = [];
    for (const k of keys) {
        for (const m of byPort.get(k)) {
            const p = { mode: 'ingress', target: m.containerPort, protocol: m.proto };
            if (m.hostIP)
                p.host_ip = m.hostIP;
            if (m.hostPort)
                p.published = m.hostPort;
            out.push(reorder(p));
        }
    }
    return out;
}
function reorder(p) {
    const o = { mode: p.mode };
    if (p.host_ip !== undefined)
        o.host_ip = p.host_ip;
    o.target = p.target;
    if (p.published !== undefined)
        o.published = p.published;
    o.protocol = p.protocol;
    return o;
}
/** A published port or range (`8080`, `8080-8090`) as numbers, or undefined when it is not one. */
function publishedRange(published) {
    const s = typeof published === 'number' ? String(published) : typeof published === 'string' ? published : undefined;
    if (!s)
        return undefined;
    try {
        return parsePortRange(s);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/lint.ts
/**
 * Rules beyond what `docker compose config` checks: unpinned images, a host port published twice,
 * build contexts and Dockerfiles that are not there, container name collisions.
 */





const where = (l, show) => `${show(l.file)}:${l.line}`;
/** The tag of an image reference (`undefined` when it has none), and whether it is pinned by digest. */
function imageTag(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0;
    const name = digest ? ref.slice(0, at) : ref;
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? { tag: name.slice(colon + 1), digest } : { digest };
}
function lint(input) {
    const { services, enabled, problems, show } = input;
    const isDir = (p) => (0,external_node_fs_namespaceObject.existsSync)(p) && (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
    for (const [name, s] of Object.entries(services)) {
        if (!isMapping(s))
            continue;
        const build = isMapping(s['build']) ? s['build'] : undefined;
        const image = s['image'];
        if (typeof image === 'string' && image !== '' && !build) {
            const { tag, digest } = imageTag(image);
            const at = valueLoc(s, 'image');
            if (at && !digest && (tag === undefined || tag === 'latest')) {
                problems.add('compose/image-latest-tag', at, tag === undefined
                    ? `service "${name}" uses image "${image}" without a tag, which means "latest"; pin a version`
                    : `service "${name}" uses image "${image}" with the moving tag "latest"; pin a version`);
            }
        }
        if (build && typeof build['context'] === 'string' && !isRemoteContext(build['context'])) {
            const context = build['context'];
            const at = valueLoc(build, 'context') ?? valueLoc(s, 'build');
            if (!isDir(context)) {
                if (at) {
                    problems.add('compose/build-context-missing', at, (0,external_node_fs_namespaceObject.existsSync)(context)
                        ? `service "${name}" build context ${show(context)} is not a directory`
                        : `service "${name}" build context ${show(context)} does not exist`);
                }
            }
            else if (typeof build['dockerfile'] === 'string' && build['dockerfile'] !== '' && !build['dockerfile_inline']) {
                const dockerfile = external_node_path_default().resolve(context, build['dockerfile']);
                if (!(0,external_node_fs_namespaceObject.existsSync)(dockerfile) || (0,external_node_fs_namespaceObject.statSync)(dockerfile).isDirectory()) {
                    const dAt = valueLoc(build, 'dockerfile') ?? at;
                    if (dAt)
                        problems.add('compose/dockerfile-missing', dAt, `service "${name}": Dockerfile ${show(dockerfile)} not found`);
                }
            }
        }
    }
    // Container names and host ports only collide between services that run together.
    const names = new Map();
    const bound = [];
    for (const name of Object.keys(services).sort()) {
        const s = services[name];
        if (!enabled.has(name) || !isMapping(s))
            continue;
        const cn = s['container_name'];
        if (typeof cn === 'string' && cn !== '') {
            const at = valueLoc(s, 'container_name') ?? keyLoc(services, name);
            const prev = names.get(cn);
            if (prev && at) {
                problems.add('compose/duplicate-container-name', at, `services.${name}: container name "${cn}" is already in use by service ${prev.service} (${where(prev.at, show)})`);
                problems.add('compose/duplicate-container-name', prev.at, `services.${prev.service}: container name "${cn}" is also used by service ${name} (${where(at, show)})`);
            }
            else if (at)
                names.set(cn, { service: name, at });
        }
        if (!Array.isArray(s['ports']))
            continue;
        s['ports'].forEach((p, i) => {
            if (!isMapping(p))
                return;
            const range = publishedRange(p['published']);
            if (!range)
                return;
            const target = p['target'];
            // `8000-8010:80` lets the engine pick one free port of the range: not a fixed binding.
            if (range[0] !== range[1] && typeof target === 'number')
                return;
            const at = valueLoc(s['ports'], i);
            if (!at)
                return;
            const proto = typeof p['protocol'] === 'string' ? p['protocol'].toLowerCase() : 'tcp';
            const ip = typeof p['host_ip'] === 'string' ? p['host_ip'] : '';
            for (const b of bound) {
                if (b.proto !== proto || !ipsOverlap(b.ip, ip) || b.to < range[0] || range[1] < b.from)
                    continue;
                if (b.at.file === at.file && b.at.line === at.line && b.at.column === at.column)
                    continue;
                const port = range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
                problems.add('compose/duplicate-host-port', at, `host port ${port}/${proto} of service "${name}" is also published by service "${b.service}" (${where(b.at, show)})`);
                problems.add('compose/duplicate-host-port', b.at, `host port ${port}/${proto} of service "${b.service}" is also published by service "${name}" (${where(at, show)})`);
            }
            bound.push({ service: name, proto, ip, from: range[0], to: range[1], at });
        });
    }
}
const ANY = new Set(['', '0.0.0.0', '::', '[::]']);
function ipsOverlap(a, b) {
    return ANY.has(a) || ANY.has(b) || a === b;
}

;// CONCATENATED MODULE: external "node:path/posix"
const posix_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");
var posix_default = /*#__PURE__*/__nccwpck_require__.n(posix_namespaceObject);
;// CONCATENATED MODULE: ./src/checks/compose/volume-spec.ts
/**
 * Short volume syntax `[SOURCE:]TARGET[:MODE]`, ported from compose-go `format/volume.go` (Apache-2.0).
 */
class VolumeSpecError extends Error {
}
const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);
const SELINUX = new Set(['z', 'Z']);
/** Options docker itself accepts in a bind/volume mode string that compose-go drops without effect. */
const TOLERATED = new Set(['cached', 'delegated', 'consistent', 'copy']);
const isLetter = (c) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && /\p{L}/u.test(c)));
function parseVolumeSpec(spec) {
    const v = { type: 'volume', target: '', unknownOptions: [] };
    const bytes = Buffer.byteLength(spec);
    if (bytes === 0)
        throw new VolumeSpecError('invalid empty volume spec');
    if (bytes <= 2) {
        v.target = spec;
        return v;
    }
    let source;
    let target;
    let buffer = [];
    let inVar = 0;
    const chars = [...spec, '\0'];
    const flush = (ch) => {
        const str = buffer.join('');
        if (buffer.length === 0)
            throw new VolumeSpecError(`invalid spec: ${spec}: empty section between colons`);
        if (source === undefined && ch === '\0') {
            target = str;
            return;
        }
        if (source === undefined) {
            source = str;
            return;
        }
        if (target === undefined) {
            target = str;
            return;
        }
        if (ch === ':')
            throw new VolumeSpecError(`invalid spec: ${spec}: too many colons`);
        for (const option of str.split(',')) {
            if (option === 'ro')
                v.read_only = true;
            else if (option === 'rw')
                v.read_only = false;
            else if (option === 'nocopy')
                v.volume = { nocopy: true };
            else if (PROPAGATIONS.has(option))
                v.bind = { ...v.bind, propagation: option };
            else if (SELINUX.has(option))
                v.bind = { ...v.bind, selinux: option };
            else if (!TOLERATED.has(option))
                v.unknownOptions.push(option);
        }
    };
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '$' && i + 1 < chars.length - 1 && chars[i + 1] === '{') {
            inVar++;
            buffer.push(ch);
            continue;
        }
        if (ch === '}' && inVar > 0) {
            inVar--;
            buffer.push(ch);
            continue;
        }
        if (ch === ':' && buffer.length === 1 && isLetter(buffer[0])) {
            buffer.push(ch); // a Windows drive letter
        }
        else if ((ch === ':' || ch === '\0') && inVar === 0) {
            flush(ch);
            buffer = [];
        }
        else {
            buffer.push(ch);
        }
    }
    if (source !== undefined)
        v.source = source;
    v.target = target ?? '';
    if (isFilePath(source ?? '')) {
        v.type = 'bind';
        v.bind = { ...v.bind, create_host_path: true };
    }
    else {
        v.type = 'volume';
        v.volume ??= {};
    }
    return v;
}
function isFilePath(source) {
    if (source === '')
        return false;
    const c = source[0];
    if (c === '.' || c === '/' || c === '~')
        return true;
    if (source.startsWith('\\\\'))
        return true;
    const chars = [...source];
    return chars.length > 1 && isLetter(chars[0]) && chars[1] === ':';
}

;// CONCATENATED MODULE: ./src/checks/compose/unicity.ts
/**
 * compose-go `override/uncity.go` (Apache-2.0): in the listed sequences a later entry with the same key
 * replaces the earlier one in place.
 */




/** Go's `%s` / `%d` for values that may be of another type, so keys compare as compose's do. */
function fmtS(v) {
    if (typeof v === 'string')
        return v;
    if (v === null || v === undefined)
        return '%!s(<nil>)';
    if (typeof v === 'number')
        return Number.isInteger(v) ? `%!s(int=${v})` : `%!s(float64=${v})`;
    if (typeof v === 'boolean')
        return `%!s(bool=${v})`;
    return `%!s(${JSON.stringify(v)})`;
}
function fmtD(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    if (v === null || v === undefined)
        return '%!d(<nil>)';
    if (typeof v === 'string')
        return `%!d(string=${v})`;
    return `%!d(${JSON.stringify(v)})`;
}
const keyValue = (v, path, loc) => {
    if (typeof v === 'string') {
        const i = v.indexOf('=');
        return i >= 0 ? v.slice(0, i) : v;
    }
    throw new MergeError(`${path}: unexpected type ${goType(v)}`, loc);
};
const volume = (v, path, loc) => {
    if (isMapping(v)) {
        if (typeof v['target'] !== 'string')
            throw new MergeError(`service volume ${path} is missing a mount target`, loc);
        return v['target'];
    }
    if (typeof v === 'string') {
        try {
            return parseVolumeSpec(v).target;
        }
        catch (e) {
            throw new MergeError(e.message, loc, 'compose/invalid-volume');
        }
    }
    return '';
};
const device = (v, path, loc) => {
    if (isMapping(v)) {
        if (typeof v['target'] !== 'string')
            throw new MergeError(`service device ${path} is missing a mount target`, loc);
        return v['target'];
    }
    if (typeof v === 'string') {
        const arr = v.split(':');
        return arr.length === 1 ? arr[0] : arr[1];
    }
    return '';
};
const expose = (v, path, loc) => {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    throw new MergeError(`${path}: unsupported expose value ${String(v)}`, loc);
};
const mount = (defaultPath) => (v, path, loc) => {
    if (typeof v === 'string')
        return `${defaultPath}/${v}`;
    if (isMapping(v)) {
        if ('target' in v)
            return String(v['target']);
        return `${defaultPath}/${fmtS(v['source'])}`;
    }
    throw new MergeError(`${path}: unsupported expose value ${String(v)}`, loc);
};
const port = (v, path, loc) => {
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    if (isMapping(v)) {
        if (!('target' in v))
            throw new MergeError(`service ports ${path} is missing a target port`, loc);
        const host = 'host_ip' in v ? v['host_ip'] : '0.0.0.0';
        const protocol = 'protocol' in v ? v['protocol'] : 'tcp';
        return `${fmtS(host)}:${fmtS(v['published'])}:${fmtD(v['target'])}/${fmtS(protocol)}`;
    }
    if (typeof v === 'string')
        return v;
    return '';
};
const envFile = (v, path, loc) => {
    if (typeof v === 'string')
        return v;
    if (isMapping(v)) {
        if ('path' in v)
            return String(v['path']);
        throw new MergeError(`environment path attribute ${path} is missing`, loc);
    }
    return '';
};
function goType(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'string')
        return 'string';
    if (Array.isArray(v))
        return '[]interface {}';
    return 'map[string]interface {}';
}
const UNIQUE = [
    ['networks.*.labels', keyValue],
    ['networks.*.ipam.options', keyValue],
    ['services.*.annotations', keyValue],
    ['services.*.build.args', keyValue],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.build.platform', keyValue],
    ['services.*.build.tags', keyValue],
    ['services.*.build.labels', keyValue],
    ['services.*.cap_add', keyValue],
    ['services.*.cap_drop', keyValue],
    ['services.*.configs', mount('')],
    ['services.*.deploy.labels', keyValue],
    ['services.*.dns', keyValue],
    ['services.*.dns_opt', keyValue],
    ['services.*.dns_search', keyValue],
    ['services.*.environment', keyValue],
    ['services.*.env_file', envFile],
    ['services.*.expose', expose],
    ['services.*.labels', keyValue],
    ['services.*.links', keyValue],
    ['services.*.networks.*.aliases', keyValue],
    ['services.*.networks.*.link_local_ips', keyValue],
    ['services.*.ports', port],
    ['services.*.profiles', keyValue],
    ['services.*.secrets', mount('/run/secrets')],
    ['services.*.sysctls', keyValue],
    ['services.*.tmpfs', keyValue],
    ['services.*.volumes', volume],
    ['services.*.devices', device],
].map(([p, i]) => [p.split('.'), i]);
const unicity_MAX_DEPTH = Math.max(...UNIQUE.map(([p]) => p.length));
const unicity_ROOTS = new Set(UNIQUE.map(([p]) => p[0]));
/** Applies compose's uniqueness rules to `model` in place. Throws MergeError on an entry without a key. */
function enforceUnicity(model) {
    const path = [];
    for (const k of Object.keys(model)) {
        if (!unicity_ROOTS.has(k))
            continue;
        path.push(k);
        const u = unicity_walk(model[k], path);
        if (u !== model[k])
            model[k] = u;
        path.pop();
    }
    return model;
}
function unicity_walk(value, path) {
    if (isMapping(value)) {
        if (path.length >= unicity_MAX_DEPTH)
            return value;
        for (const k of Object.keys(value)) {
            path.push(k);
            const e = value[k];
            const u = unicity_walk(e, path);
            if (u !== e)
                value[k] = u;
            path.pop();
        }
        return value;
    }
    if (Array.isArray(value)) {
        for (const [pattern, indexer] of UNIQUE) {
            if (!matches(path, pattern))
                continue;
            const seq = [];
            const keys = new Map();
            let changed = false;
            value.forEach((entry, i) => {
                const loc = valueLoc(value, i);
                const key = indexer(entry, `${path.join('.')}.[${i}]`, loc);
                const j = keys.get(key);
                if (j !== undefined) {
                    seq[j] = { value: entry, loc };
                    changed = true;
                }
                else {
                    seq.push({ value: entry, loc });
                    keys.set(key, seq.length - 1);
                }
            });
            return changed ? arrayWithLocs(seq, selfLoc(value)) : value;
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./src/checks/compose/canonical.ts
/**
 * Canonical (long) syntax and default values, ported from compose-go `transform/*.go`,
 * `loader/omitEmpty.go` (Apache-2.0). New objects take the position of the text they replace.
 */






/** Registers `o` (and every nested object without a position) at `loc`. */
function adopt(o, loc) {
    if (!loc || typeof o !== 'object' || o === null)
        return o;
    if (!locsOf(o)) {
        const l = register(o, loc);
        const entries = Array.isArray(o) ? o.map((v, i) => [i, v]) : Object.entries(o);
        for (const [k, v] of entries) {
            l.values.set(k, selfLoc(v) ?? loc);
            if (!Array.isArray(o))
                l.keys.set(k, loc);
            adopt(v, loc);
        }
    }
    return o;
}
const TRANSFORMERS = [];
const on = (p, t) => {
    TRANSFORMERS.push([p.split('.'), t]);
};
let canonical_ROOTS;
let canonical_MAX_DEPTH = 0;
/** compose-go `transform.Canonical`, in place where it can be; returns the new model. */
function canonical(model, problems) {
    canonical_ROOTS ??= new Set(TRANSFORMERS.map(([p]) => p[0]));
    canonical_MAX_DEPTH ||= Math.max(...TRANSFORMERS.map(([p]) => p.length));
    const ctx = { problems };
    const p = [];
    for (const k of Object.keys(model)) {
        if (!canonical_ROOTS.has(k))
            continue;
        p.push(k);
        const e = model[k];
        const loc = valueLoc(model, k);
        const t = transform(e, p, loc, ctx);
        if (t !== e)
            setOwn(model, k, adopt(t, loc));
        p.pop();
    }
    return model;
}
function transform(data, p, loc, ctx) {
    for (const [pattern, t] of TRANSFORMERS)
        if (matches(p, pattern))
            return t(data, [...p], loc, ctx);
    if (p.length >= canonical_MAX_DEPTH)
        return data;
    if (isMapping(data))
        return transformMapping(data, p, ctx);
    if (Array.isArray(data))
        return transformSequence(data, p, ctx);
    return data;
}
function transformMapping(v, p, ctx) {
    for (const k of Object.keys(v)) {
        const e = v[k];
        const loc = valueLoc(v, k);
        p.push(k);
        const t = transform(e, p, loc, ctx);
        p.pop();
        if (t !== e) {
            setOwn(v, k, adopt(t, loc));
            const self = selfLoc(t);
            if (self && locsOf(v))
                locsOf(v).values.set(k, self);
        }
    }
    return v;
}
function transformSequence(v, p, ctx) {
    p.push('[]');
    for (let i = 0; i < v.length; i++) {
        const e = v[i];
        const loc = valueLoc(v, i);
        const t = transform(e, p, loc, ctx);
        if (t !== e)
            v[i] = adopt(t, loc);
    }
    p.pop();
    return v;
}
const str = (p) => p.join('.');
const stringOrList = (d, _p, loc) => (typeof d === 'string' ? adopt([d], loc) : d);
const fileMount = (d, _p, loc) => (typeof d === 'string' ? adopt({ source: d }, loc) : d);
on('services.*.build.secrets.*', fileMount);
on('services.*.build.provenance', (d) => (typeof d === 'string' || d === null ? d : String(d)));
on('services.*.build.sbom', (d) => (typeof d === 'string' || d === null ? d : String(d)));
on('services.*.build.additional_contexts', (d, p, loc, ctx) => {
    if (!Array.isArray(d))
        return d;
    const m = {};
    const l = loc ? register(m, loc) : undefined;
    for (const [i, e] of d.entries()) {
        const s = String(e);
        const eq = s.indexOf('=');
        const at = valueLoc(d, i) ?? loc;
        if (eq < 0) {
            if (at)
                ctx.problems.add('compose/invalid-value', at, `${str(p)}: invalid value ${s}, expected key=value`);
            continue;
        }
        setOwn(m, s.slice(0, eq), s.slice(eq + 1));
        if (l && at) {
            l.keys.set(s.slice(0, eq), at);
            l.values.set(s.slice(0, eq), at);
        }
    }
    return m;
});
on('services.*.depends_on', (d, _p, loc) => {
    if (isMapping(d)) {
        for (const [k, e] of Object.entries(d)) {
            if (!isMapping(e))
                continue;
            const at = valueLoc(d, k);
            if (!('condition' in e)) {
                e['condition'] = 'service_started';
                if (at)
                    locsOf(e)?.values.set('condition', at);
            }
            if (!('required' in e)) {
                e['required'] = true;
                if (at)
                    locsOf(e)?.values.set('required', at);
            }
        }
        return d;
    }
    if (Array.isArray(d)) {
        const m = {};
        const l = loc ? register(m, loc) : undefined;
        d.forEach((k, i) => {
            const v = { condition: 'service_started', required: true };
            setOwn(m, String(k), v);
            const at = valueLoc(d, i) ?? loc;
            if (l && at) {
                l.keys.set(String(k), at);
                l.values.set(String(k), at);
                adopt(v, at);
            }
        });
        return m;
    }
    return d;
});
const envFileValue = (v, loc) => {
    if (typeof v === 'string')
        return adopt({ path: v, required: true }, loc);
    if (isMapping(v)) {
        if (!('required' in v))
            v['required'] = true;
        return v;
    }
    return v;
};
on('services.*.env_file', (d, _p, loc) => {
    if (typeof d === 'string')
        return adopt([envFileValue(d, loc)], loc);
    if (Array.isArray(d)) {
        d.forEach((e, i) => {
            d[i] = envFileValue(e, valueLoc(d, i) ?? loc);
        });
    }
    return d;
});
on('services.*.label_file', stringOrList);
on('services.*.extends', (d, p, loc, ctx) => {
    if (isMapping(d))
        return transformMapping(d, p, ctx);
    if (typeof d === 'string')
        return adopt({ service: d }, loc);
    return d;
});
on('services.*.gpus', (d, p, loc, ctx) => {
    if (Array.isArray(d))
        return transformSequence(d, p, ctx);
    if (typeof d === 'string')
        return adopt([{ count: 'all' }], loc);
    return d;
});
const sliceToMap = (d, _p, loc) => {
    if (!Array.isArray(d))
        return d;
    const m = {};
    const l = loc ? register(m, loc) : undefined;
    d.forEach((n, i) => {
        setOwn(m, String(n), null);
        const at = valueLoc(d, i) ?? loc;
        if (l && at) {
            l.keys.set(String(n), at);
            l.values.set(String(n), at);
        }
    });
    return m;
};
on('services.*.networks', sliceToMap);
on('services.*.models', sliceToMap);
on('services.*.volumes.*', (d, _p, loc, ctx) => {
    if (typeof d !== 'string')
        return d;
    try {
        const v = parseVolumeSpec(d);
        if (v.unknownOptions.length && loc) {
            ctx.problems.add('compose/invalid-volume', loc, `volume ${JSON.stringify(d)}: unknown mode ${v.unknownOptions.map((o) => JSON.stringify(o)).join(', ')} (compose ignores it; valid modes: ro, rw, z, Z, nocopy, shared, slave, private, rshared, rslave, rprivate)`);
        }
        const out = { type: v.type };
        if (v.source !== undefined)
            out['source'] = v.source;
        out['target'] = v.target === '' ? '' : posix_default().normalize(v.target).replace(/(.)\/$/, '$1');
        if (v.read_only)
            out['read_only'] = true;
        if (v.bind)
            out['bind'] = v.bind;
        if (v.volume)
            out['volume'] = v.volume;
        return adopt(out, loc);
    }
    catch (e) {
        if (loc)
            ctx.problems.add('compose/invalid-volume', loc, e instanceof VolumeSpecError ? e.message : String(e));
        return d;
    }
});
on('services.*.dns', stringOrList);
on('services.*.devices.*', (d, _p, loc, ctx) => {
    if (typeof d !== 'string')
        return d;
    const arr = d.split(':');
    if (arr.length > 3) {
        if (loc)
            ctx.problems.add('compose/invalid-value', loc, `confusing device mapping, please use long syntax: ${d}`);
        return d;
    }
    const src = arr[0];
    const dst = arr[1] || src;
    return adopt({ source: src, target: dst, permissions: arr[2] ?? 'rwm' }, loc);
});
on('services.*.secrets.*', fileMount);
on('services.*.configs.*', fileMount);
on('services.*.ports', (d, p, loc, ctx) => {
    if (!Array.isArray(d))
        return d;
    const out = [];
    const l = register(out, loc ?? selfLoc(d) ?? { file: '', line: 1, column: 1 });
    d.forEach((entry, i) => {
        const at = valueLoc(d, i) ?? loc;
        if (typeof entry === 'number' || typeof entry === 'string') {
            if (typeof entry === 'number' && !Number.isInteger(entry)) {
                if (at)
                    ctx.problems.add('compose/invalid-port', at, `${str(p)}: invalid type ${goType(entry)} for port`);
                return;
            }
            try {
                for (const pc of parsePortConfig(String(entry))) {
                    if (at)
                        l.values.set(out.length, at);
                    out.push(adopt(pc, at));
                }
            }
            catch (e) {
                if (at)
                    ctx.problems.add('compose/invalid-port', at, `invalid port ${JSON.stringify(String(entry))}: ${e instanceof PortSpecError ? e.message : String(e)}`);
            }
        }
        else if (isMapping(entry)) {
            if (at)
                l.values.set(out.length, at);
            out.push(entry);
        }
    });
    return out;
});
on('services.*.build', (d, p, loc, ctx) => {
    if (isMapping(d))
        return transformMapping(d, p, ctx);
    if (typeof d === 'string')
        return adopt({ context: d }, loc);
    return d;
});
on('services.*.build.ssh', (d, _p, loc, ctx) => {
    if (!Array.isArray(d))
        return d;
    const m = {};
    for (const [i, e] of d.entries()) {
        const at = valueLoc(d, i) ?? loc;
        if (typeof e !== 'string') {
            if (at)
                ctx.problems.add('compose/invalid-value', at, `invalid ssh key type ${goType(e)}`);
            continue;
        }
        const eq = e.indexOf('=');
        if (eq < 0) {
            if (e !== 'default') {
                if (at)
                    ctx.problems.add('compose/invalid-value', at, `invalid ssh key ${JSON.stringify(e)}`);
                continue;
            }
            setOwn(m, e, null);
            continue;
        }
        setOwn(m, e.slice(0, eq), e.slice(eq + 1));
    }
    return adopt(m, loc);
});
on('services.*.ulimits.*', (d) => d);
on('services.*.build.ulimits.*', (d) => d);
on('services.*.develop.watch.*.ignore', stringOrList);
on('services.*.develop.watch.*.include', stringOrList);
const maybeExternal = (d, p, loc, ctx) => {
    if (!isMapping(d))
        return d;
    transformMapping(d, p, ctx);
    const ext = d['external'];
    if (isMapping(ext)) {
        d['external'] = true;
        if ('name' in ext) {
            const at = valueLoc(d, 'external') ?? loc;
            if (at)
                ctx.problems.add('compose/deprecated', at, `${str(p)}: external.name is deprecated. Please set name and external: true`);
            if ('name' in d && ext['name'] !== d['name']) {
                if (at)
                    ctx.problems.add('compose/conflicting-attributes', at, `${str(p)}: name and external.name conflict; only use name`);
            }
            else if (!('name' in d)) {
                d['name'] = ext['name'];
            }
        }
    }
    return d;
};
on('volumes.*', maybeExternal);
on('networks.*', maybeExternal);
on('secrets.*', maybeExternal);
on('configs.*', maybeExternal);
/** compose-go `OmitEmpty`: empty entries of `dns` lists are dropped. */
function omitEmpty(model) {
    const services = model['services'];
    if (!isMapping(services))
        return;
    for (const s of Object.values(services)) {
        if (!isMapping(s) || !Array.isArray(s['dns']))
            continue;
        const dns = s['dns'];
        if (dns.some((e) => e === null || e === '')) {
            const keep = dns.map((value, i) => ({ value, loc: valueLoc(dns, i) })).filter((e) => e.value !== null && e.value !== '');
            const out = keep.map((e) => e.value);
            const l = register(out, selfLoc(dns) ?? keep[0]?.loc ?? { file: '', line: 1, column: 1 });
            keep.forEach((e, i) => e.loc && l.values.set(i, e.loc));
            s['dns'] = out;
        }
    }
}
/** compose-go `transform.SetDefaultValues`. */
function setDefaultValues(model) {
    const services = model['services'];
    if (!isMapping(services))
        return;
    for (const s of Object.values(services)) {
        if (!isMapping(s))
            continue;
        const build = s['build'];
        if (isMapping(build) && !('context' in build))
            build['context'] = '.';
        if (Array.isArray(s['secrets'])) {
            for (const sec of s['secrets']) {
                if (isMapping(sec) && !('target' in sec))
                    sec['target'] = `/run/secrets/${String(sec['source'])}`;
            }
        }
        if (Array.isArray(s['ports'])) {
            for (const port of s['ports']) {
                if (!isMapping(port))
                    continue;
                if (!('protocol' in port))
                    port['protocol'] = 'tcp';
                if (!('mode' in port))
                    port['mode'] = 'ingress';
            }
        }
        const deviceRequests = (list) => {
            if (!Array.isArray(list))
                return;
            for (const d of list)
                if (isMapping(d) && !('count' in d) && !('device_ids' in d))
                    d['count'] = 'all';
        };
        deviceRequests(s['gpus']);
        const deploy = s['deploy'];
        if (isMapping(deploy) && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations'])) {
            deviceRequests(deploy['resources']['reservations']['devices']);
        }
        if (Array.isArray(s['volumes'])) {
            for (const v of s['volumes']) {
                if (isMapping(v) && isMapping(v['bind']) && !('create_host_path' in v['bind']))
                    v['bind']['create_host_path'] = true;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/extends.ts
/**
 * `extends`, ported from compose-go `loader/extends.go` (Apache-2.0): the base service (same file or
 * another file, whose relative paths are resolved against its own directory) is merged under the
 * local definition with the multi-file merge rules. Resources the base refers to are not imported.
 */





function applyExtends(cfg, file, opts, ctx, chain, resets, loadFile) {
    const services = cfg['services'];
    if (!isMapping(services))
        return;
    const run = { file, opts, ctx, loadFile, failed: new Set() };
    for (const name of Object.keys(services)) {
        services[name] = extendService(name, services, file, chain, resets, run);
    }
}
function extendService(name, services, defFile, chain, resets, run) {
    const { ctx } = run;
    const s = services[name];
    if (!isMapping(s) || !('extends' in s))
        return s;
    const ext = s['extends'];
    const fail = (at, message, rule = 'compose/invalid-extends') => {
        if (!run.failed.has(s))
            ctx.problems.add(rule, at ?? keyLoc(services, name) ?? { file: defFile, line: 1, column: 1 }, message);
        run.failed.add(s);
        ctx.incomplete = true;
        delete s['extends'];
        return s;
    };
    let ref;
    let refFile;
    let refAt;
    if (isMapping(ext)) {
        if (typeof ext['service'] !== 'string')
            return fail(valueLoc(s, 'extends'), `extends.${name}.service is required`);
        ref = ext['service'];
        refAt = valueLoc(ext, 'service');
        if (ext['file'] !== undefined && ext['file'] !== null) {
            if (typeof ext['file'] !== 'string')
                return fail(valueLoc(ext, 'file'), `services.${name}.extends.file must be a string`);
            refFile = ext['file'];
        }
    }
    else if (typeof ext === 'string') {
        ref = ext;
        refAt = valueLoc(s, 'extends');
    }
    else {
        return fail(valueLoc(s, 'extends'), `services.${name}.extends must be a string or a mapping`);
    }
    let baseServices = services;
    let baseFile = defFile;
    let baseResets = resets;
    if (refFile !== undefined) {
        const fileAt = valueLoc(ext, 'file') ?? refAt;
        if (isRemoteResource(refFile)) {
            return fail(fileAt, `remote extends file ${refFile} is not fetched by this check; it is not validated`, 'compose/remote-resource');
        }
        const abs = external_node_path_default().resolve(run.opts.workingDir, refFile);
        if (!(0,external_node_fs_namespaceObject.existsSync)(abs))
            return fail(fileAt, `cannot extend service "${name}": ${ctx.show(abs)} not found`);
        const loaded = run.loadFile(abs, fileAt ?? { file: defFile, line: 1, column: 1 }, { workingDir: external_node_path_default().dirname(abs), env: run.opts.env, skipInclude: true, skipExtends: true, skipValidation: true, skipDefaults: true }, ctx, {}, [], chain);
        if (!loaded.ok)
            return fail(fileAt, `cannot extend service "${name}": cannot read ${ctx.show(abs)}`);
        resolveRelativePaths(loaded.dict, external_node_path_default().dirname(abs));
        const m = loaded.dict['services'];
        if (m === undefined)
            return fail(fileAt, `cannot extend service "${name}" in ${ctx.show(abs)}: no services section`);
        if (!isMapping(m))
            return fail(fileAt, `cannot extend service "${name}" in ${ctx.show(abs)}: services must be a mapping`);
        if (!(ref in m)) {
            return fail(refAt, `cannot extend service "${name}" in ${ctx.show(defFile)}: service "${ref}" not found in ${refFile}`);
        }
        baseServices = m;
        baseFile = abs;
        baseResets = loaded.resets;
    }
    else if (!(ref in services)) {
        return fail(refAt, `cannot extend service "${name}" in ${ctx.show(defFile)}: service "${ref}" not found`);
    }
    const link = { file: defFile, service: name, at: refAt };
    const cycleAt = chain.findIndex((l) => l.file === link.file && l.service === link.service);
    if (cycleAt >= 0) {
        const loop = [...chain.slice(cycleAt), link];
        const text = loop.map((l, i) => `${i === 0 ? '' : 'extends '}${l.service} in ${ctx.show(l.file)}`).join(' ');
        // Report where the cycle closes: the `extends` that led back to this service.
        return fail(chain[chain.length - 1]?.at ?? refAt, `Circular reference: ${text}`, 'compose/extends-cycle');
    }
    const base = extendService(ref, baseServices, baseFile, [...chain, link], baseResets, run);
    if (run.failed.has(s))
        return s;
    if (base === null || base === undefined) {
        delete s['extends'];
        return s;
    }
    if (!isMapping(base))
        return fail(refAt, `cannot extend service "${name}": service "${ref}" must be a mapping`);
    const source = cloneWithLocs(base);
    delete source['extends'];
    applyResets({ services: { [name]: source } }, resets);
    try {
        const merged = mergeYaml(source, s, ['services', 'x']);
        delete merged['extends'];
        services[name] = merged;
        return merged;
    }
    catch (e) {
        if (!(e instanceof MergeError))
            throw e;
        ctx.problems.add('compose/merge-conflict', e.loc ?? refAt ?? { file: defFile, line: 1, column: 1 }, e.message);
        delete s['extends'];
        return s;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/include.ts
/**
 * `include`, ported from compose-go `loader/include.go` (Apache-2.0): each entry is loaded as its own
 * project (own directory, own `.env`, the including project's variables winning), then its resources
 * are imported; a local definition of the same name is merged over the imported one.
 */






const include_stringList = (v) => {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v;
    return undefined;
};
function applyInclude(cfg, file, opts, ctx, included, resets, loadModel) {
    const inc = cfg['include'];
    if (inc === undefined || inc === null) {
        delete cfg['include'];
        return;
    }
    const fail = (at, message, rule = 'compose/invalid-include') => {
        ctx.problems.add(rule, at ?? { file, line: 1, column: 1 }, message);
        ctx.incomplete = true;
    };
    if (!Array.isArray(inc)) {
        fail(valueLoc(cfg, 'include'), `\`include\` must be a list, got ${typeof inc === 'string' ? inc : JSON.stringify(inc)}`);
        delete cfg['include'];
        return;
    }
    inc.forEach((entry, i) => {
        const at = valueLoc(inc, i);
        const e = typeof entry === 'string' ? { path: entry } : isMapping(entry) ? entry : {};
        const pathAt = isMapping(entry) ? (valueLoc(entry, 'path') ?? at) : at;
        const paths = include_stringList(e['path']);
        if (!paths || paths.length === 0) {
            fail(at, `include entry ${i} needs a path (a string or a list of strings)`);
            return;
        }
        if (e['project_directory'] !== undefined && typeof e['project_directory'] !== 'string') {
            fail(at, `include entry ${i}: project_directory must be a string`);
            return;
        }
        const envFilesRaw = e['env_file'] === undefined ? [] : include_stringList(e['env_file']);
        if (!envFilesRaw) {
            fail(at, `include entry ${i}: env_file must be a string or a list of strings`);
            return;
        }
        if (paths.some(isRemoteResource)) {
            fail(pathAt, `remote include ${paths.find(isRemoteResource)} is not fetched by this check; it is not validated`, 'compose/remote-resource');
            return;
        }
        const abs = paths.map((p) => external_node_path_default().resolve(opts.workingDir, p));
        const main = abs[0];
        const projectDir = typeof e['project_directory'] === 'string' ? external_node_path_default().resolve(opts.workingDir, e['project_directory']) : external_node_path_default().dirname(main);
        if (included.includes(main)) {
            const chain = [...included, main].map((f) => ctx.show(f));
            fail(pathAt, `include cycle detected: ${chain.join(' -> ')}`, 'compose/include-cycle');
            return;
        }
        for (const p of abs) {
            if (!(0,external_node_fs_namespaceObject.existsSync)(p)) {
                fail(pathAt, `included file ${ctx.show(p)} not found`);
                return;
            }
        }
        let envFiles = [];
        let source = 'env-file';
        if (envFilesRaw.length === 0) {
            const dotenv = external_node_path_default().join(projectDir, '.env');
            if ((0,external_node_fs_namespaceObject.existsSync)(dotenv) && (0,external_node_fs_namespaceObject.statSync)(dotenv).isFile())
                envFiles = [dotenv];
            source = '.env';
        }
        else {
            for (const f of envFilesRaw) {
                if (f === '/dev/null')
                    continue;
                const p = external_node_path_default().resolve(opts.workingDir, f);
                if (!(0,external_node_fs_namespaceObject.existsSync)(p)) {
                    fail(valueLoc(e, 'env_file') ?? at, `include entry ${i}: env file ${ctx.show(p)} not found`);
                    return;
                }
                if ((0,external_node_fs_namespaceObject.statSync)(p).isDirectory()) {
                    fail(valueLoc(e, 'env_file') ?? at, `include entry ${i}: ${ctx.show(p)} is not a file`);
                    return;
                }
                envFiles.push(p);
            }
        }
        const env = withDotenvFiles(opts.env, envFiles, source, ctx.problems, ctx.limits.maxFileBytes, (f) => ({
            file: f,
            line: 1,
            column: 1,
        }));
        const imported = loadModel(abs.map((f) => ({ file: f, at: pathAt ?? { file, line: 1, column: 1 } })), { workingDir: projectDir, env, resolvePaths: true }, ctx, included);
        importResources(imported, cfg, resets, ctx);
    });
    delete cfg['include'];
}
const RESOURCES = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];
function importResources(source, target, resets, ctx) {
    for (const key of RESOURCES) {
        const from = source[key];
        if (!isMapping(from))
            continue;
        let to = target[key];
        if (to === undefined || to === null) {
            to = {};
            const l = selfLoc(from);
            if (l)
                register(to, l);
        }
        if (!isMapping(to))
            continue;
        for (const [name, a] of Object.entries(from)) {
            if (!(name in to)) {
                setOwn(to, name, a);
                copyEntryLoc(to, name, from, name);
                continue;
            }
            applyResets({ [key]: { [name]: a } }, resets);
            try {
                const merged = mergeYaml(a, to[name], [key, name], valueLoc(from, name), valueLoc(to, name));
                setOwn(to, name, merged);
            }
            catch (e) {
                if (!(e instanceof MergeError))
                    throw e;
                ctx.problems.add('compose/merge-conflict', e.loc ?? valueLoc(to, name) ?? { file: '', line: 1, column: 1 }, e.message);
            }
        }
        target[key] = to;
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(2463);
;// CONCATENATED MODULE: ./src/checks/compose/schema/compose-spec.json
const compose_spec_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft-07/schema","$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service\'s image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of \'default|<id>[=<socket>|<key>[,<key>]]\'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include \'default\', \'none\', \'host\', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like \'2g\' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., \'linux/amd64\', \'linux/arm64\', or \'windows/amd64\'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, \'CAP_SYS_ADMIN\', \'SYS_ADMIN\', or \'NET_ADMIN\'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, \'CAP_SYS_ADMIN\', \'SYS_ADMIN\', or \'NET_ADMIN\'."},"cgroup":{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use \'host\' to use the host\'s cgroup namespace, or \'private\' to use a private cgroup namespace."},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example \'CMD\' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name.","pattern":"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."},"condition":{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. \'service_started\' waits until the service has started, \'service_healthy\' waits until the service is healthy (as defined by its healthcheck), \'service_completed_successfully\' waits until the service has completed successfully."}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container\'s DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example \'ENTRYPOINT\' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they\'ll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to \'all\' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use \'host\' to share the host\'s IPC namespace, \'service:[service_name]\' to share with another service, or \'shareable\' to allow other services to share this service\'s IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as \'json-file\', \'syslog\', \'journald\', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like \'2g\' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be \'bridge\', \'host\', \'none\', \'service:[service name]\', or \'container:[container name]\'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."},"model_var":{"type":"string","description":"Environment variable set to AI model name."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"type":"number","description":"Specify the priority for the network connection."},"gw_priority":{"type":"number","description":"Specify the gateway priority for the network connection."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host\'s OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container\'s PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., \'linux/amd64\', \'linux/arm64\', or \'windows/amd64\'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either \'host\' for publishing a host port or \'ingress\' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: \'always\', \'never\', \'if_not_present\', \'missing\', \'build\', or time-based refresh policies."},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container\'s filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: \'no\', \'always\', \'on-failure\', and \'unless-stopped\'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., \'runc\'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like \'2g\' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., \'1s\', \'1m30s\')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., \'SIGTERM\', \'SIGINT\')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"type":"boolean","description":"Bind mount Docker API socket and required auth."},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. \'host\' shares the host\'s UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. \'host\' shares the host\'s user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: \'shared\', \'slave\', \'private\', \'rshared\', \'rslave\', or \'rprivate\'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn\'t exist."},"recursive":{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."},"selinux":{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: \'z\' for shared content, \'Z\' for private unshared content."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., \'1s\', \'1m30s\'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it\'s CMD, the rest of the command is exec\'d. If it\'s CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., \'1s\', \'1m30s\'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., \'1s\', \'1m30s\'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., \'1s\', \'1m30s\'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: \'replicated\' (default) or \'global\'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: \'vip\' (default) or \'dnsrr\'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group\'s rollback (e.g., \'1s\', \'1m30s\')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: \'continue\', \'pause\'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., \'1s\', \'1m30s\')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: \'stop-first\' (default) or \'start-first\'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., \'1s\', \'1m30s\')."},"failure_action":{"type":"string","description":"Action to take if an update fails: \'continue\', \'pause\', \'rollback\'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., \'1s\', \'1m30s\')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: \'stop-first\' (default) or \'start-first\'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., \'1g\', \'1024m\')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., \'1g\', \'1024m\')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: \'none\', \'on-failure\', \'any\'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., \'1s\', \'1m30s\')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., \'1s\', \'1m30s\')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., \'node.role==manager\')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., \'GPU\', \'FPGA\', \'SSD\')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., \'gpu\', \'compute\', \'utility\')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., \'nvidia\')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"type":"string","enum":["all"],"description":"Use all available GPUs."},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., \'compute\', \'utility\')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., \'nvidia\')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is \'bridge\'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the \'name\' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the \'name\' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret\'s value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the \'name\' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config\'s value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"type":"integer"},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container\'s default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., \'/bin/sh -c\')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container\'s lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn\'t exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format \'hostname:IP\'.","items":{"type":"string","description":"Host:IP mapping in the format \'hostname:IP\'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container\'s /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., \'/dev/sda\')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., \'/dev/sda\')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that\'s actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}}');
;// CONCATENATED MODULE: ./src/checks/compose/schema.ts
/**
 * The Compose Specification JSON schema applied with Ajv, errors turned into findings at the file and line
 * that supplied the value, worded like compose-go (`services.web.ports.0 must be a number, string or mapping`).
 */



let compiled;
/** The pinned schema with the load-time adjustments listed in schema/README.md. */
function composeSchema() {
    const s = structuredClone(compose_spec_namespaceObject);
    s['$schema'] = 'http://json-schema.org/draft-07/schema#';
    const defs = s['definitions'];
    const service = defs['service']['properties'];
    const buildObject = service['build']['oneOf'].find((b) => b['type'] === 'object');
    const buildProps = buildObject?.['properties'];
    if (buildProps) {
        buildProps['provenance'] ??= { type: ['string', 'boolean'], description: 'Add a provenance attestation' };
        buildProps['sbom'] ??= { type: ['string', 'boolean'], description: 'Add a SBOM attestation' };
    }
    const watch = defs['development']?.['properties']?.['watch'];
    const watchProps = watch?.['items']?.['properties'];
    if (watchProps)
        watchProps['initial_sync'] ??= { type: 'boolean' };
    const models = service['models'];
    const modelsObject = models?.['oneOf']?.find((m) => m['type'] === 'object');
    const pp = modelsObject?.['patternProperties'];
    if (pp)
        for (const k of Object.keys(pp))
            pp[k] = { oneOf: [pp[k], { type: 'null' }] };
    return s;
}
/** Compiled once per process, on first use. */
function validator() {
    if (!compiled) {
        const ajv = new dist_ajv.Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
        compiled = ajv.compile(composeSchema());
    }
    return compiled;
}
const COMPOSITE = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const TYPE_WORDS = { object: 'mapping', array: 'list' };
function humanTypes(want) {
    const words = [...new Set(want.map((w) => TYPE_WORDS[w] ?? w))].sort();
    if (words.length === 1)
        return words[0];
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
const isUnder = (p, base) => p === base || p.startsWith(base + '/');
/** Validates `model`; every error becomes a `compose/schema` problem. Returns how many were found. */
function validateSchema(model, problems, fallback) {
    const validate = validator();
    if (validate(model))
        return 0;
    const errors = (validate.errors ?? []);
    const concrete = errors.filter((e) => !COMPOSITE.has(e.keyword));
    const kept = [];
    for (const e of errors) {
        if (COMPOSITE.has(e.keyword)) {
            // A composite failure says nothing more than the branch errors under it, when there are any.
            if (!concrete.some((c) => isUnder(c.instancePath, e.instancePath)))
                kept.push(e);
            continue;
        }
        if (e.keyword === 'type') {
            // A type mismatch next to deeper or other errors at the same place is a branch that was never meant.
            const other = concrete.some((c) => c.keyword !== 'type' && isUnder(c.instancePath, e.instancePath));
            if (other)
                continue;
        }
        kept.push(e);
    }
    const typeGroups = new Map();
    const out = [];
    for (const e of kept) {
        const path = pathOf(e.instancePath);
        const dotted = path.length ? path.join('.') : '(root)';
        const p = e.params;
        switch (e.keyword) {
            case 'type': {
                const list = typeGroups.get(e.instancePath) ?? [];
                list.push(...(Array.isArray(p['type']) ? p['type'] : String(p['type']).split(',')));
                typeGroups.set(e.instancePath, list);
                break;
            }
            case 'additionalProperties': {
                const extra = String(p['additionalProperty']);
                const loc = keyLoc(valueAt(model, path), extra) ?? locAtPath(model, path) ?? fallback;
                out.push({ path, loc, message: `${dotted} additional properties '${extra}' not allowed` });
                break;
            }
            case 'required':
                out.push({ path, loc: locAtPath(model, path, true) ?? fallback, message: `${dotted} missing property '${String(p['missingProperty'])}'` });
                break;
            case 'enum':
                out.push({
                    path,
                    loc: locAtPath(model, path) ?? fallback,
                    message: `${dotted} must be one of ${p['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`,
                });
                break;
            case 'const':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be ${JSON.stringify(p['allowedValue'])}` });
                break;
            case 'pattern':
                out.push({
                    path,
                    loc: locAtPath(model, path) ?? fallback,
                    message: `${dotted} ${JSON.stringify(valueAt(model, path))} does not match pattern '${String(p['pattern'])}'`,
                });
                break;
            case 'minimum':
            case 'exclusiveMinimum':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be greater than or equal to ${String(p['limit'])}` });
                break;
            case 'maximum':
            case 'exclusiveMaximum':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be less than or equal to ${String(p['limit'])}` });
                break;
            case 'uniqueItems': {
                const dup = [...path, Number(p['i'])];
                out.push({
                    path: dup,
                    loc: locAtPath(model, dup) ?? fallback,
                    message: `${dotted} must not contain duplicates: items ${String(p['j'])} and ${String(p['i'])} are equal`,
                });
                break;
            }
            case 'minItems':
            case 'minProperties':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must not be empty` });
                break;
            case 'oneOf':
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} matches more than one of the allowed forms` });
                break;
            default:
                out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} ${e.message ?? e.keyword}` });
        }
    }
    for (const [instancePath, want] of typeGroups) {
        const path = pathOf(instancePath);
        const dotted = path.length ? path.join('.') : '(root)';
        out.push({ path, loc: locAtPath(model, path) ?? fallback, message: `${dotted} must be a ${humanTypes(want)}` });
    }
    for (const o of out)
        problems.add('compose/schema', o.loc, o.message);
    return out.length;
}
function valueAt(root, path) {
    let cur = root;
    for (const k of path) {
        if (!isContainer(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}

;// CONCATENATED MODULE: ./src/checks/compose/validation.ts
/**
 * Structural checks of the merged model, ported from compose-go `validation/*.go` (Apache-2.0).
 */


function validateModel(model, problems) {
    const at = (container, key) => valueLoc(container, key);
    const volumes = model['volumes'];
    if (isMapping(volumes)) {
        for (const [name, v] of Object.entries(volumes)) {
            if (!isMapping(v) || v['external'] !== true)
                continue;
            for (const k of Object.keys(v)) {
                if (k === 'name' || k === 'external' || k.startsWith('x-'))
                    continue;
                const l = keyLoc(v, k) ?? at(volumes, name);
                if (l)
                    problems.add('compose/conflicting-attributes', l, `volumes.${name}: conflicting parameters "external" and "${k}" specified`);
            }
        }
    }
    const fileObjects = (kind, keys) => {
        const top = model[kind];
        if (!isMapping(top))
            return;
        for (const [name, v] of Object.entries(top)) {
            if (!isMapping(v))
                continue;
            const present = keys.filter((k) => k in v);
            const l = keyLoc(top, name);
            if (!l)
                continue;
            if (present.length > 1) {
                problems.add('compose/conflicting-attributes', l, `${kind}.${name}: ${keys.join('|')} attributes are mutually exclusive`);
            }
            else if (present.length === 0 && !('driver' in v) && !('external' in v)) {
                problems.add('compose/missing-attribute', l, `${kind}.${name}: one of ${keys.join('|')} must be set`);
            }
        }
    };
    fileObjects('configs', ['file', 'environment', 'content']);
    fileObjects('secrets', ['file', 'environment']);
    const services = model['services'];
    if (!isMapping(services))
        return;
    for (const [name, s] of Object.entries(services)) {
        if (!isMapping(s))
            continue;
        if (Array.isArray(s['ports'])) {
            s['ports'].forEach((p, i) => {
                if (!isMapping(p) || !('host_ip' in p))
                    return;
                const ip = p['host_ip'];
                if (typeof ip === 'string' && isValidIP(ip))
                    return;
                const l = at(p, 'host_ip') ?? at(s['ports'], i);
                if (l)
                    problems.add('compose/invalid-port', l, `services.${name}.ports: invalid ip address: ${String(ip)}`);
            });
        }
        const develop = s['develop'];
        if (isMapping(develop) && Array.isArray(develop['watch'])) {
            develop['watch'].forEach((w, i) => {
                if (isMapping(w) && w['path'] === '') {
                    const l = at(w, 'path') ?? selfLoc(w);
                    if (l)
                        problems.add('compose/missing-attribute', l, `services.${name}.develop.watch.${i}.path: value can't be blank`);
                }
            });
        }
        const requests = [[s['gpus'], `services.${name}.gpus`]];
        const deploy = s['deploy'];
        if (isMapping(deploy) && isMapping(deploy['resources']) && isMapping(deploy['resources']['reservations'])) {
            requests.push([deploy['resources']['reservations']['devices'], `services.${name}.deploy.resources.reservations.devices`]);
        }
        for (const [list, where] of requests) {
            if (!Array.isArray(list))
                continue;
            list.forEach((d, i) => {
                if (isMapping(d) && 'count' in d && 'device_ids' in d) {
                    const l = selfLoc(d) ?? at(list, i);
                    if (l)
                        problems.add('compose/conflicting-attributes', l, `${where}.${i}: "count" and "device_ids" attributes are exclusive`);
                }
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/loader.ts
/**
 * Loading compose files into one model, in compose-go's order (`loader/loader.go` `loadYamlFile`):
 * per file and YAML document: interpolate, include, `!reset`, extends, merge, uniqueness, schema,
 * canonical syntax; after all files: defaults, structural checks, absolute paths.
 */











/** compose-go `loadYamlModel`: all files of one (possibly included) project merged in order. */
function loadYamlModel(files, opts, ctx, included) {
    let dict = {};
    for (const { file, at } of files) {
        dict = loadYamlFile(file, at, opts, ctx, dict, included, []).dict;
    }
    if (!opts.skipDefaults)
        setDefaultValues(dict);
    if (!opts.skipValidation)
        validateModel(dict, ctx.problems);
    if (opts.resolvePaths)
        resolveRelativePaths(dict, opts.workingDir);
    resolveEnvironment(dict, opts.env);
    return dict;
}
/** compose-go `loadYamlFile`: one file merged over `dict`. */
function loadYamlFile(file, at, opts, ctx, dict, included, chain) {
    const text = readTextFile(file, ctx.limits.maxFileBytes, ctx.problems, at);
    if (text === undefined) {
        ctx.incomplete = true;
        return { dict, resets: [], ok: false };
    }
    ctx.files.add(file);
    const before = ctx.problems.size;
    const docs = parseComposeYaml(text, file, ctx.sources, ctx.problems, ctx.limits);
    if (ctx.problems.list.slice(before).some((p) => p.loc.file === file && LOAD_RULES.has(p.rule)))
        ctx.incomplete = true;
    let resets = [];
    for (const doc of docs) {
        if (!isMapping(doc.value)) {
            ctx.problems.add('compose/top-level-not-mapping', doc.loc, 'top-level object must be a mapping');
            ctx.incomplete = true;
            continue;
        }
        const cfg = doc.value;
        resets = doc.resets;
        interpolateModel(cfg, { env: opts.env, problems: ctx.problems, sources: ctx.sources, uses: ctx.uses });
        if (!opts.skipInclude) {
            applyInclude(cfg, file, opts, ctx, [...included, file], doc.resets, loadYamlModel);
        }
        applyResets(dict, doc.resets);
        if (!opts.skipExtends)
            applyExtends(cfg, file, opts, ctx, chain, doc.resets, loadYamlFile);
        dict = mergeSafely(dict, cfg, ctx);
        // Only what this document touched needs the per-file steps again: the rest of `dict` already went
        // through them (compose re-runs them on everything, with the same result).
        let view = touchedView(dict, cfg);
        view = uniqueSafely(view, ctx);
        if (!opts.skipValidation) {
            validateSchema(view, ctx.problems, doc.loc);
            if ('version' in dict) {
                const l = keyLoc(dict, 'version') ?? doc.loc;
                if (l.file === file) {
                    ctx.problems.add('compose/obsolete-version', l, 'the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion');
                }
                delete dict['version'];
                delete view['version'];
            }
        }
        view = canonical(view, ctx.problems);
        omitEmpty(view);
        view = uniqueSafely(view, ctx);
        writeBack(dict, view);
    }
    return { dict, resets, ok: true };
}
/** Top-level sections whose entries are independent of each other. */
const NAMED = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
/** The part of `dict` that merging `cfg` into it may have changed, sharing its objects. */
function touchedView(dict, cfg) {
    const view = {};
    const dl = locsOf(dict);
    if (dl)
        register(view, dl.self);
    for (const k of Object.keys(cfg)) {
        if (!hasOwn(dict, k))
            continue;
        const d = dict[k];
        const c = cfg[k];
        let v = d;
        if (NAMED.has(k) && isMapping(d) && isMapping(c) && d !== c) {
            const sub = {};
            const sl = locsOf(d);
            if (sl)
                register(sub, sl.self);
            for (const name of Object.keys(c)) {
                if (!hasOwn(d, name))
                    continue;
                setOwn(sub, name, d[name]);
                copyEntryLoc(sub, name, d, name);
            }
            v = sub;
        }
        setOwn(view, k, v);
        copyEntryLoc(view, k, dict, k);
    }
    return view;
}
/** Puts what the per-file steps replaced in `view` back into `dict`. */
function writeBack(dict, view) {
    for (const [k, v] of Object.entries(view)) {
        const d = dict[k];
        if (NAMED.has(k) && isMapping(d) && isMapping(v) && v !== d) {
            for (const [name, e] of Object.entries(v)) {
                if (d[name] === e)
                    continue;
                setOwn(d, name, e);
                copyEntryLoc(d, name, v, name);
            }
        }
        else if (d !== v) {
            setOwn(dict, k, v);
            copyEntryLoc(dict, k, view, k);
        }
    }
}
/** Rules meaning "this file's content never made it into the model". */
const LOAD_RULES = new Set(['compose/invalid-yaml', 'compose/yaml-alias-limit']);
function mergeSafely(dict, cfg, ctx) {
    try {
        return mergeModels(dict, cfg);
    }
    catch (e) {
        if (!(e instanceof MergeError))
            throw e;
        ctx.problems.add('compose/merge-conflict', e.loc ?? { file: '', line: 1, column: 1 }, e.message);
        ctx.incomplete = true;
        return dict;
    }
}
function uniqueSafely(dict, ctx) {
    try {
        return enforceUnicity(dict);
    }
    catch (e) {
        if (!(e instanceof MergeError))
            throw e;
        ctx.problems.add(e.rule ?? 'compose/invalid-value', e.loc ?? { file: '', line: 1, column: 1 }, e.message);
        return dict;
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/duration.ts
/**
 * Durations as compose reads them: Go `time.ParseDuration` syntax plus the `d` (day) and `w` (week)
 * units of xhit/go-str2duration, which compose-go uses. Values are nanoseconds (as JS numbers).
 */
const UNITS = {
    ns: 1,
    us: 1e3,
    'µs': 1e3,
    'μs': 1e3,
    ms: 1e6,
    s: 1e9,
    m: 60e9,
    h: 3600e9,
    d: 86400e9,
    w: 604800e9,
};
class DurationError extends Error {
}
const quote = (s) => JSON.stringify(s);
/** Parses `1h30m`, `10s`, `1.5s`, `-2m`, `0`; throws DurationError with Go's message otherwise. */
function parseDuration(input) {
    const orig = input;
    let s = input;
    let neg = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        throw new DurationError(`time: invalid duration ${quote(orig)}`);
    let total = 0;
    while (s !== '') {
        const num = /^(\d*)(?:\.(\d*))?/.exec(s);
        const intPart = num[1] ?? '';
        const fracPart = num[2];
        if (intPart === '' && (fracPart === undefined || fracPart === ''))
            throw new DurationError(`time: invalid duration ${quote(orig)}`);
        s = s.slice(num[0].length);
        const unitMatch = /^[^\d.]*/.exec(s);
        const unit = unitMatch[0];
        if (unit === '')
            throw new DurationError(`time: missing unit in duration ${quote(orig)}`);
        const mult = UNITS[unit];
        if (mult === undefined)
            throw new DurationError(`time: unknown unit ${quote(unit)} in duration ${quote(orig)}`);
        s = s.slice(unit.length);
        total += Number(`${intPart || '0'}.${fracPart ?? '0'}`) * mult;
        if (total > 9.223372036854776e18)
            throw new DurationError(`time: invalid duration ${quote(orig)}`);
    }
    return neg ? -total : total;
}
/** Go `time.Duration.String()` of a number of nanoseconds. */
function formatDuration(ns) {
    if (ns === 0)
        return '0s';
    const neg = ns < 0;
    let u = Math.round(Math.abs(ns));
    let out;
    if (u < 1e9) {
        let unit;
        let div;
        if (u < 1e3)
            return `${neg ? '-' : ''}${u}ns`;
        if (u < 1e6) {
            unit = 'µs';
            div = 1e3;
        }
        else {
            unit = 'ms';
            div = 1e6;
        }
        out = trimFraction(u / div) + unit;
    }
    else {
        const h = Math.floor(u / 3600e9);
        u -= h * 3600e9;
        const m = Math.floor(u / 60e9);
        u -= m * 60e9;
        const sec = trimFraction(u / 1e9) + 's';
        out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
    }
    return (neg ? '-' : '') + out;
}
function trimFraction(v) {
    return v
        .toFixed(9)
        .replace(/0+$/, '')
        .replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/checks/compose/model-json.ts
/**
 * The final model in the shape `docker compose config --format json` prints: compose-go decodes the
 * canonical YAML tree into typed structs (`types/*.go`) and marshals them with `omitempty`. The values
 * that fail to decode (durations, byte sizes, shell words, extra hosts) are reported here.
 */




const SKIP = Symbol('skip');
const fail = (ctx, container, key, rule, message) => {
    const l = valueLoc(container, key);
    if (l)
        ctx.problems.add(rule, l, message);
    return SKIP;
};
const strValue = (v) => (v === null || v === undefined || v === '' ? SKIP : typeof v === 'string' ? v : goString(v));
const model_json_str = (v) => strValue(v);
const bool = (v) => (v === true ? true : SKIP);
const boolPtr = (v) => (typeof v === 'boolean' ? v : SKIP);
const num = (v) => (typeof v === 'number' && v !== 0 ? v : typeof v === 'string' && v !== '' && Number(v) !== 0 && !Number.isNaN(Number(v)) ? Number(v) : SKIP);
const intPtr = (v) => (typeof v === 'number' ? v : SKIP);
const strList = (v) => {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.length ? v.map((x) => (typeof x === 'string' ? x : goString(x))) : SKIP;
    return SKIP;
};
const passthrough = (v) => (v === null || v === undefined ? SKIP : clone(v));
const nonEmptyObj = (v) => (isMapping(v) && Object.keys(v).length ? clone(v) : SKIP);
/** `types.Mapping` / `Labels`: `map[string]string` from `K=V` lists or mappings. */
const stringMap = (v) => {
    const out = {};
    if (Array.isArray(v)) {
        for (const e of v) {
            const s = goString(e);
            const i = s.indexOf('=');
            out[i < 0 ? s : s.slice(0, i)] = i < 0 ? '' : s.slice(i + 1);
        }
    }
    else if (isMapping(v)) {
        for (const [k, e] of Object.entries(v))
            out[k] = e === null || e === undefined ? '' : typeof e === 'string' ? e : goString(e);
    }
    else
        return SKIP;
    return Object.keys(out).length ? sortKeys(out) : SKIP;
};
/** `MappingWithEquals`: `K=V` → "V", `K` → null. */
const envMap = (v) => {
    const out = {};
    if (Array.isArray(v)) {
        for (const e of v) {
            const s = goString(e);
            const i = s.indexOf('=');
            out[i < 0 ? s : s.slice(0, i)] = i < 0 ? null : s.slice(i + 1);
        }
    }
    else if (isMapping(v)) {
        for (const [k, e] of Object.entries(v))
            out[k] = e === null || e === undefined ? null : typeof e === 'string' ? e : goString(e);
    }
    else
        return SKIP;
    return Object.keys(out).length ? sortKeys(out) : SKIP;
};
const duration = (v, ctx, c, k) => {
    if (v === null || v === undefined)
        return SKIP;
    try {
        return formatDuration(parseDuration(goString(v)));
    }
    catch (e) {
        const msg = e instanceof DurationError ? e.message : String(e);
        return fail(ctx, c, k, 'compose/invalid-duration', `${ctx.where}.${k}: ${msg}`);
    }
};
const bytes = (v, ctx, c, k) => {
    if (v === null || v === undefined)
        return SKIP;
    try {
        const n = parseBytes(v);
        return n === 0 ? SKIP : String(n);
    }
    catch (e) {
        return fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e.message}`);
    }
};
const command = (v, ctx, c, k) => {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string') {
        try {
            return shellWords(v);
        }
        catch (e) {
            fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e instanceof ValueError ? e.message : String(e)}`);
            return null;
        }
    }
    if (Array.isArray(v))
        return v.map((x) => (typeof x === 'string' ? x : goString(x)));
    return null;
};
const extraHosts = (v, ctx, c, k) => {
    try {
        const l = parseExtraHosts(v);
        return l.length ? l : SKIP;
    }
    catch (e) {
        return fail(ctx, c, k, 'compose/invalid-value', `${ctx.where}.${k}: ${e.message}`);
    }
};
const fileMode = (v) => {
    if (typeof v === 'number')
        return `0${Math.trunc(v).toString(8)}`;
    if (typeof v === 'string' && /^[0-7]+$/.test(v))
        return `0${parseInt(v, 8).toString(8)}`;
    return v;
};
const fileRefs = (v) => {
    if (!Array.isArray(v) || v.length === 0)
        return SKIP;
    return v.map((e) => {
        if (typeof e === 'string')
            return { source: e };
        if (!isMapping(e))
            return e;
        const o = pick(e, ['source', 'target', 'uid', 'gid'], strValue);
        if (e['mode'] !== undefined && e['mode'] !== null)
            o['mode'] = fileMode(e['mode']);
        return o;
    });
};
const healthcheck = (v, ctx, c, k) => {
    if (!isMapping(v))
        return SKIP;
    const hc = {};
    const t = v['test'];
    if (typeof t === 'string')
        hc['test'] = ['CMD-SHELL', t];
    else if (Array.isArray(t) && t.length)
        hc['test'] = t.map((x) => (typeof x === 'string' ? x : goString(x)));
    const sub = { ...ctx, where: `${ctx.where}.${k}` };
    for (const d of ['timeout', 'interval', 'start_period', 'start_interval']) {
        if (v[d] === undefined || v[d] === null)
            continue;
        const r = duration(v[d], sub, v, d);
        if (r !== SKIP)
            hc[d] = r;
    }
    if (typeof v['retries'] === 'number')
        hc['retries'] = v['retries'];
    if (v['disable'] === true)
        hc['disable'] = true;
    void c;
    return hc;
};
const dependsOn = (v) => {
    if (!isMapping(v) || Object.keys(v).length === 0)
        return SKIP;
    const out = {};
    for (const [k, d] of Object.entries(v)) {
        const e = isMapping(d) ? d : {};
        const o = {};
        if (typeof e['condition'] === 'string' && e['condition'] !== '')
            o['condition'] = e['condition'];
        if (e['restart'] === true)
            o['restart'] = true;
        o['required'] = e['required'] !== false;
        out[k] = o;
    }
    return sortKeys(out);
};
const networks = (v) => {
    if (!isMapping(v) || Object.keys(v).length === 0)
        return SKIP;
    const out = {};
    for (const [k, n] of Object.entries(v)) {
        if (!isMapping(n)) {
            out[k] = null;
            continue;
        }
        const o = {};
        const aliases = strList(n['aliases'], {}, n, 'aliases');
        if (aliases !== SKIP)
            o['aliases'] = aliases;
        const dopts = stringMap(n['driver_opts'], {}, n, 'driver_opts');
        if (dopts !== SKIP)
            o['driver_opts'] = dopts;
        for (const f of ['gw_priority', 'priority'])
            if (typeof n[f] === 'number' && n[f] !== 0)
                o[f] = n[f];
        for (const f of ['interface_name', 'ipv4_address', 'ipv6_address', 'mac_address']) {
            if (typeof n[f] === 'string' && n[f] !== '')
                o[f] = n[f];
        }
        const ll = strList(n['link_local_ips'], {}, n, 'link_local_ips');
        if (ll !== SKIP)
            o['link_local_ips'] = ll;
        out[k] = o;
    }
    return sortKeys(out);
};
const ports = (v) => {
    if (!Array.isArray(v) || v.length === 0)
        return SKIP;
    return v.filter(isMapping).map((p) => {
        const o = {};
        for (const f of ['name', 'mode', 'host_ip'])
            if (p[f] !== undefined && p[f] !== null && p[f] !== '')
                o[f] = goString(p[f]);
        const target = typeof p['target'] === 'number' ? p['target'] : Number(p['target']);
        if (target)
            o['target'] = target;
        if (p['published'] !== undefined && p['published'] !== null && p['published'] !== '')
            o['published'] = goString(p['published']);
        for (const f of ['protocol', 'app_protocol'])
            if (p[f] !== undefined && p[f] !== null && p[f] !== '')
                o[f] = goString(p[f]);
        return o;
    });
};
const volumes = (v, ctx) => {
    if (!Array.isArray(v) || v.length === 0)
        return SKIP;
    return v.filter(isMapping).map((m) => {
        const o = {};
        for (const f of ['type', 'source', 'target'])
            if (typeof m[f] === 'string' && m[f] !== '')
                o[f] = m[f];
        if (m['read_only'] === true)
            o['read_only'] = true;
        if (typeof m['consistency'] === 'string' && m['consistency'] !== '')
            o['consistency'] = m['consistency'];
        const bind = m['bind'];
        if (isMapping(bind)) {
            const b = pick(bind, ['selinux', 'propagation', 'recursive'], strValue);
            // docker compose v2.40 (compose-go v2.9) prints create_host_path only when it is true
            if (bind['create_host_path'] === true)
                b['create_host_path'] = true;
            o['bind'] = b;
        }
        const vol = m['volume'];
        if (isMapping(vol)) {
            const x = {};
            const labels = stringMap(vol['labels'], ctx, vol, 'labels');
            if (labels !== SKIP)
                x['labels'] = labels;
            if (vol['nocopy'] === true)
                x['nocopy'] = true;
            if (typeof vol['subpath'] === 'string' && vol['subpath'] !== '')
                x['subpath'] = vol['subpath'];
            o['volume'] = x;
        }
        const tmpfs = m['tmpfs'];
        if (isMapping(tmpfs)) {
            const t = {};
            if (tmpfs['size'] !== undefined) {
                try {
                    const n = parseBytes(tmpfs['size']);
                    if (n)
                        t['size'] = String(n);
                }
                catch {
                    // reported by the schema or left as written
                }
            }
            if (typeof tmpfs['mode'] === 'number' && tmpfs['mode'] !== 0)
                t['mode'] = tmpfs['mode'];
            o['tmpfs'] = t;
        }
        if (isMapping(m['image']))
            o['image'] = clone(m['image']);
        return o;
    });
};
const ulimits = (v) => {
    if (!isMapping(v) || Object.keys(v).length === 0)
        return SKIP;
    const out = {};
    for (const [k, u] of Object.entries(v)) {
        if (typeof u === 'number')
            out[k] = u;
        else if (isMapping(u))
            out[k] = pick(u, ['soft', 'hard'], (x) => (typeof x === 'number' && x !== 0 ? x : SKIP));
    }
    return sortKeys(out);
};
const logging = (v) => {
    if (!isMapping(v))
        return SKIP;
    const o = {};
    if (typeof v['driver'] === 'string' && v['driver'] !== '')
        o['driver'] = v['driver'];
    const opts = stringMap(v['options'], {}, v, 'options');
    if (opts !== SKIP)
        o['options'] = opts;
    return o;
};
const build = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    const sub = { ...ctx, where: `${ctx.where}.${k}` };
    return model_json_convert(v, BUILD_FIELDS, sub);
};
const deploy = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    const sub = { ...ctx, where: `${ctx.where}.${k}` };
    const o = model_json_convert(v, DEPLOY_FIELDS, sub);
    // Resources and Placement are structs, not pointers: compose always prints them.
    if (!('resources' in o))
        o['resources'] = {};
    if (!('placement' in o))
        o['placement'] = {};
    return o;
};
const resources = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    const o = {};
    for (const which of ['limits', 'reservations']) {
        const r = v[which];
        if (!isMapping(r))
            continue;
        const sub = { ...ctx, where: `${ctx.where}.${k}.${which}` };
        o[which] = model_json_convert(r, RESOURCE_FIELDS, sub);
    }
    return o;
};
const updateConfig = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    return model_json_convert(v, UPDATE_FIELDS, { ...ctx, where: `${ctx.where}.${k}` });
};
const restartPolicy = (v, ctx, _c, k) => {
    if (!isMapping(v))
        return SKIP;
    return model_json_convert(v, RESTART_FIELDS, { ...ctx, where: `${ctx.where}.${k}` });
};
const SERVICE_FIELDS = [
    ['profiles', strList],
    ['annotations', stringMap],
    ['attach', boolPtr],
    ['build', build],
    ['develop', passthrough],
    ['blkio_config', passthrough],
    ['cap_add', strList],
    ['cap_drop', strList],
    ['cgroup_parent', model_json_str],
    ['cgroup', model_json_str],
    ['cpu_count', num],
    ['cpu_percent', num],
    ['cpu_period', num],
    ['cpu_quota', num],
    ['cpu_rt_period', num],
    ['cpu_rt_runtime', num],
    ['cpus', num],
    ['cpuset', model_json_str],
    ['cpu_shares', num],
    ['command', command],
    ['configs', fileRefs],
    ['container_name', model_json_str],
    ['credential_spec', nonEmptyObj],
    ['depends_on', dependsOn],
    ['deploy', deploy],
    ['device_cgroup_rules', strList],
    ['devices', passthrough],
    ['dns', strList],
    ['dns_opt', strList],
    ['dns_search', strList],
    ['dockerfile', model_json_str],
    ['domainname', model_json_str],
    ['entrypoint', command],
    ['provider', passthrough],
    ['environment', envMap],
    ['expose', strList],
    ['external_links', strList],
    ['extra_hosts', extraHosts],
    ['group_add', strList],
    ['gpus', passthrough],
    ['hostname', model_json_str],
    ['healthcheck', healthcheck],
    ['image', model_json_str],
    ['init', boolPtr],
    ['ipc', model_json_str],
    ['isolation', model_json_str],
    ['labels', stringMap],
    ['links', strList],
    ['logging', logging],
    ['log_driver', model_json_str],
    ['log_opt', stringMap],
    ['mem_limit', bytes],
    ['mem_reservation', bytes],
    ['memswap_limit', bytes],
    ['mem_swappiness', bytes],
    ['mac_address', model_json_str],
    ['models', passthrough],
    ['net', model_json_str],
    ['network_mode', model_json_str],
    ['networks', networks],
    ['oom_kill_disable', bool],
    ['oom_score_adj', num],
    ['pid', model_json_str],
    ['pids_limit', num],
    ['platform', model_json_str],
    ['ports', ports],
    ['privileged', bool],
    ['pull_policy', model_json_str],
    ['read_only', bool],
    ['restart', model_json_str],
    ['runtime', model_json_str],
    ['scale', intPtr],
    ['secrets', fileRefs],
    ['security_opt', strList],
    ['shm_size', bytes],
    ['stdin_open', bool],
    ['stop_grace_period', duration],
    ['stop_signal', model_json_str],
    ['storage_opt', stringMap],
    ['sysctls', stringMap],
    ['tmpfs', strList],
    ['tty', bool],
    ['ulimits', ulimits],
    ['use_api_socket', bool],
    ['user', model_json_str],
    ['userns_mode', model_json_str],
    ['uts', model_json_str],
    ['volume_driver', model_json_str],
    ['volumes', volumes],
    ['volumes_from', strList],
    ['working_dir', model_json_str],
    ['pre_start', passthrough],
    ['post_start', passthrough],
    ['pre_stop', passthrough],
];
const BUILD_FIELDS = [
    ['context', model_json_str],
    ['dockerfile', model_json_str],
    ['dockerfile_inline', model_json_str],
    ['entitlements', strList],
    ['args', envMap],
    ['provenance', model_json_str],
    ['sbom', model_json_str],
    ['ssh', passthrough],
    ['labels', stringMap],
    ['cache_from', strList],
    ['cache_to', strList],
    ['no_cache', bool],
    ['no_cache_filter', strList],
    ['additional_contexts', stringMap],
    ['pull', bool],
    ['extra_hosts', extraHosts],
    ['isolation', model_json_str],
    ['network', model_json_str],
    ['target', model_json_str],
    ['secrets', fileRefs],
    ['shm_size', bytes],
    ['tags', strList],
    ['ulimits', ulimits],
    ['platforms', strList],
    ['privileged', bool],
];
const DEPLOY_FIELDS = [
    ['mode', model_json_str],
    ['replicas', intPtr],
    ['labels', stringMap],
    ['update_config', updateConfig],
    ['rollback_config', updateConfig],
    ['resources', resources],
    ['restart_policy', restartPolicy],
    ['placement', passthrough],
    ['endpoint_mode', model_json_str],
];
const RESOURCE_FIELDS = [
    ['cpus', (v) => (v === null || v === undefined || Number(v) === 0 || Number.isNaN(Number(v)) ? SKIP : Math.fround(Number(v)))],
    ['memory', bytes],
    ['pids', num],
    ['devices', passthrough],
    ['generic_resources', passthrough],
];
const UPDATE_FIELDS = [
    ['parallelism', intPtr],
    ['delay', duration],
    ['failure_action', model_json_str],
    ['monitor', duration],
    ['max_failure_ratio', num],
    ['order', model_json_str],
];
const RESTART_FIELDS = [
    ['condition', model_json_str],
    ['delay', duration],
    ['max_attempts', intPtr],
    ['window', duration],
];
function model_json_convert(v, fields, ctx) {
    const o = {};
    for (const [k, conv] of fields) {
        if (!(k in v) && k !== 'command' && k !== 'entrypoint')
            continue;
        const r = conv(v[k], ctx, v, k);
        if (r !== SKIP)
            o[k] = r;
    }
    return o;
}
function pick(v, keys, conv) {
    const o = {};
    for (const k of keys) {
        if (!(k in v))
            continue;
        const r = conv(v[k]);
        if (r !== SKIP)
            o[k] = r;
    }
    return o;
}
function clone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}
function sortKeys(o) {
    const out = {};
    for (const k of Object.keys(o).sort())
        out[k] = o[k];
    return out;
}
function serviceJson(name, s, problems) {
    const ctx = { problems, where: `services.${name}` };
    const o = model_json_convert(s, SERVICE_FIELDS, ctx);
    const ordered = {};
    // command/entrypoint are never omitted (compose prints null), everything else only when set
    for (const [k] of SERVICE_FIELDS)
        if (k in o)
            ordered[k] = o[k];
    return ordered;
}
const RESOURCE_KIND_FIELDS = {
    networks: ['name', 'driver', 'driver_opts', 'ipam', 'external', 'internal', 'attachable', 'labels', 'enable_ipv4', 'enable_ipv6'],
    volumes: ['name', 'driver', 'driver_opts', 'external', 'labels'],
    secrets: ['name', 'file', 'environment', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'],
    configs: ['name', 'file', 'environment', 'content', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'],
};
function resourceJson(kind, r) {
    const o = {};
    const src = isMapping(r) ? r : {};
    for (const k of RESOURCE_KIND_FIELDS[kind] ?? []) {
        const v = src[k];
        if (k === 'ipam') {
            o['ipam'] = isMapping(v) ? clone(v) : {};
            continue;
        }
        if (v === undefined || v === null || v === '' || v === false)
            continue;
        if (k === 'labels' || k === 'driver_opts') {
            const m = stringMap(v, {}, src, k);
            if (m !== SKIP)
                o[k] = m;
            continue;
        }
        if (k === 'enable_ipv4' || k === 'enable_ipv6') {
            o[k] = v;
            continue;
        }
        o[k] = typeof v === 'string' || typeof v === 'boolean' ? v : goString(v);
    }
    if (kind === 'networks' || kind === 'volumes') {
        // enable_ipv4/ipv6 are pointers: printed when set, even false
        for (const k of ['enable_ipv4', 'enable_ipv6'])
            if (src[k] === false && kind === 'networks')
                o[k] = false;
    }
    return o;
}

;// CONCATENATED MODULE: ./src/checks/compose/normalize.ts
/**
 * compose-go `loader/normalize.go` (Apache-2.0): the implicit `default` network, build defaults,
 * implicit depends_on from links / `service:` namespaces / volumes_from, resource names.
 */



function resolveValues(a, env, keepEmpty) {
    if (Array.isArray(a)) {
        const out = [];
        for (const v of a) {
            if (typeof v === 'string' && !v.includes('=')) {
                const found = env.get(v);
                if (found !== undefined)
                    out.push(`${v}=${found.value}`);
                else if (keepEmpty)
                    out.push(v);
                continue;
            }
            if (typeof v === 'string')
                out.push(v);
        }
        const l = locsOf(a);
        if (l)
            register(out, l.self);
        return out;
    }
    if (isMapping(a)) {
        const out = {};
        for (const [k, v] of Object.entries(a)) {
            if (v !== null && v !== undefined)
                setOwn(out, k, v);
            else if (env.has(k))
                setOwn(out, k, env.get(k).value);
            else if (keepEmpty)
                setOwn(out, k, null);
        }
        const l = locsOf(a);
        if (l) {
            const nl = register(out, l.self);
            for (const k of Object.keys(out)) {
                const kl = l.keys.get(k);
                const vl = l.values.get(k);
                if (kl)
                    nl.keys.set(k, kl);
                if (vl)
                    nl.values.set(k, vl);
            }
        }
        return out;
    }
    return a;
}
const implicit = (restart, at) => adopt({ condition: 'service_started', restart, required: true }, at);
function normalize(model, env, projectName) {
    normalizeNetworks(model);
    const services = model['services'];
    if (isMapping(services)) {
        for (const [name, s] of Object.entries(services)) {
            if (!isMapping(s))
                continue;
            void name;
            if (s['pull_policy'] === 'if_not_present')
                s['pull_policy'] = 'missing';
            const build = s['build'];
            if (isMapping(build)) {
                if (build['context'] === null || build['context'] === undefined)
                    build['context'] = '.';
                if ((build['dockerfile'] ?? null) === null && (build['dockerfile_inline'] ?? null) === null)
                    build['dockerfile'] = 'Dockerfile';
                if ('args' in build)
                    build['args'] = resolveValues(build['args'], env, false);
            }
            if ('environment' in s)
                s['environment'] = resolveValues(s['environment'], env, true);
            let dependsOn;
            if (isMapping(s['depends_on']))
                dependsOn = s['depends_on'];
            else {
                dependsOn = {};
                register(dependsOn, valueLoc(services, name) ?? keyLoc(services, name) ?? { file: '', line: 1, column: 1 });
            }
            const depLocs = locsOf(dependsOn);
            const addImplicit = (svc, restart, at) => {
                if (svc in dependsOn)
                    return;
                setOwn(dependsOn, svc, implicit(restart, at));
                if (at && depLocs) {
                    depLocs.keys.set(svc, at);
                    depLocs.values.set(svc, at);
                }
            };
            if (Array.isArray(s['links'])) {
                s['links'].forEach((l, i) => {
                    if (typeof l !== 'string')
                        return;
                    const parts = l.split(':');
                    addImplicit(parts.length === 2 ? parts[0] : l, true, valueLoc(s['links'], i));
                });
            }
            for (const ns of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
                const ref = s[ns];
                if (typeof ref === 'string' && ref.startsWith('service:'))
                    addImplicit(ref.slice('service:'.length), true, valueLoc(s, ns));
            }
            if (Array.isArray(s['volumes'])) {
                for (const v of s['volumes']) {
                    if (isMapping(v) && typeof v['target'] === 'string' && v['target'] !== '')
                        v['target'] = posix_default().normalize(v['target']).replace(/(.)\/$/, '$1');
                }
            }
            if (Array.isArray(s['volumes_from'])) {
                s['volumes_from'].forEach((v, i) => {
                    if (typeof v !== 'string' || v.startsWith('container:'))
                        return;
                    addImplicit(v.split(':')[0], false, valueLoc(s['volumes_from'], i));
                });
            }
            if (Object.keys(dependsOn).length > 0)
                s['depends_on'] = dependsOn;
            const hooks = s['pre_start'];
            if (Array.isArray(hooks) && typeof s['image'] === 'string' && s['image'] !== '') {
                for (const h of hooks)
                    if (isMapping(h) && !('image' in h))
                        h['image'] = s['image'];
            }
        }
    }
    setNameFromKey(model, projectName);
}
function normalizeNetworks(model) {
    const networks = isMapping(model['networks']) ? model['networks'] : {};
    let usesDefault = false;
    const services = model['services'];
    if (isMapping(services)) {
        for (const s of Object.values(services)) {
            if (!isMapping(s) || 'provider' in s || 'network_mode' in s)
                continue;
            const n = s['networks'];
            if (n === undefined || (isMapping(n) && Object.keys(n).length === 0) || n === null) {
                s['networks'] = { default: null };
                usesDefault = true;
            }
            else if (isMapping(n) && 'default' in n) {
                usesDefault = true;
            }
        }
    }
    if (!('default' in networks) && usesDefault)
        networks['default'] = null;
    if (Object.keys(networks).length > 0 && model['networks'] !== networks)
        model['networks'] = networks;
}
function setNameFromKey(model, projectName) {
    for (const kind of ['networks', 'volumes', 'configs', 'secrets']) {
        const top = model[kind];
        if (!isMapping(top))
            continue;
        for (const [key, r] of Object.entries(top)) {
            if (r !== null && !isMapping(r))
                continue;
            const resource = r ?? {};
            if (r === null) {
                const at = valueLoc(top, key) ?? keyLoc(top, key);
                if (at)
                    register(resource, at);
            }
            if (resource['name'] === null || resource['name'] === undefined) {
                const ext = resource['external'];
                resource['name'] = ext === true || ext === 'true' ? key : `${projectName}_${key}`;
            }
            setOwn(top, key, resource);
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/compose/project.ts
/**
 * One compose project (a list of `-f` files): load and merge, name, normalise, apply profiles, check
 * consistency and the toolkit's rules, resolve env files, and build the `compose config` model.
 */












const PROJECT_NAME_INVALID = /[^a-z0-9_-]/;
function normalizeProjectName(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[_-]+/, '');
}
function loadProject(input) {
    const problems = new Problems();
    const first = input.files[0];
    const workingDir = external_node_path_default().dirname(first);
    const start = { file: first, line: 1, column: 1 };
    let env = envFromProcess(input.processEnv);
    if (input.envFiles?.length) {
        env = withDotenvFiles(env, input.envFiles, 'env-file', problems, input.limits.maxFileBytes, (f) => ({ file: f, line: 1, column: 1 }));
    }
    else {
        const dotenv = external_node_path_default().join(workingDir, '.env');
        if ((0,external_node_fs_namespaceObject.existsSync)(dotenv) && (0,external_node_fs_namespaceObject.statSync)(dotenv).isFile()) {
            env = withDotenvFiles(env, [dotenv], '.env', problems, input.limits.maxFileBytes, (f) => ({ file: f, line: 1, column: 1 }));
        }
    }
    const ctx = {
        problems,
        sources: input.sources,
        uses: [],
        limits: input.limits,
        files: new Set(),
        incomplete: false,
        show: input.show,
    };
    const model = loadYamlModel(input.files.map((file) => ({ file, at: { file, line: 1, column: 1 } })), { workingDir, env, resolvePaths: true }, ctx, []);
    if (Object.keys(model).length === 0 && !ctx.incomplete && problems.size === 0) {
        problems.add('compose/empty-file', start, 'empty compose file');
    }
    const name = projectName(model, env, workingDir, problems, start);
    normalize(model, env, name);
    model['name'] = name;
    const services = isMapping(model['services']) ? model['services'] : {};
    const sets = serviceSets(services, input.profiles ?? profilesFromEnv(env));
    const out = { name, variables: ctx.uses, problems, services: Object.keys(services).length, filesRead: ctx.files };
    if (ctx.incomplete)
        return out;
    checkConsistency(model, sets, problems);
    checkHealthyDependencies(services, sets, problems);
    lint({ services, enabled: sets.enabled, problems, show: input.show });
    for (const n of sets.enabled) {
        const s = services[n];
        if (isMapping(s))
            resolveEnvFiles(s, env, problems, input);
    }
    out.model = composeConfigJson(model, services, sets, problems);
    return out;
}
function profilesFromEnv(env) {
    const v = env.get('COMPOSE_PROFILES')?.value ?? '';
    return v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
function projectName(model, env, workingDir, problems, start) {
    const fromEnv = env.get('COMPOSE_PROJECT_NAME');
    if (fromEnv && fromEnv.value !== '') {
        if (PROJECT_NAME_INVALID.test(fromEnv.value) || /^[_-]/.test(fromEnv.value)) {
            const at = fromEnv.file ? { file: fromEnv.file, line: fromEnv.line ?? 1, column: 1 } : start;
            problems.add('compose/invalid-project-name', at, `invalid project name "${fromEnv.value}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`);
            return normalizeProjectName(fromEnv.value) || 'default';
        }
        return fromEnv.value;
    }
    const fromFile = typeof model['name'] === 'string' ? normalizeProjectName(model['name']) : '';
    if (fromFile)
        return fromFile;
    const fromDir = normalizeProjectName(external_node_path_default().basename(workingDir));
    if (fromDir)
        return fromDir;
    problems.add('compose/invalid-project-name', start, 'project name must not be empty: set `name:` or COMPOSE_PROJECT_NAME');
    return 'default';
}
/** compose-go `HasProfile`: no profiles means always on; `*` turns every profile on. */
function serviceSets(services, active) {
    const enabled = new Set();
    const disabled = new Map();
    const all = active.includes('*');
    for (const [name, s] of Object.entries(services)) {
        const profiles = isMapping(s) && Array.isArray(s['profiles']) ? s['profiles'].map(String) : [];
        if (profiles.length === 0 || all || profiles.some((p) => active.includes(p)))
            enabled.add(name);
        else
            disabled.set(name, profiles);
    }
    return { all: services, enabled, disabled };
}
function hasHealthcheck(s) {
    if (!isMapping(s) || !isMapping(s['healthcheck']))
        return false;
    const hc = s['healthcheck'];
    if (hc['disable'] === true)
        return false;
    const test = hc['test'];
    if (Array.isArray(test) && test[0] === 'NONE')
        return false;
    return test !== undefined && test !== null && !(Array.isArray(test) && test.length === 0);
}
/** `condition: service_healthy` on a service with no healthcheck makes `docker compose up` fail. */
function checkHealthyDependencies(services, sets, problems) {
    for (const name of sets.enabled) {
        const s = services[name];
        if (!isMapping(s) || !isMapping(s['depends_on']))
            continue;
        for (const [dep, cfg] of Object.entries(s['depends_on'])) {
            if (!isMapping(cfg) || cfg['condition'] !== 'service_healthy' || !sets.enabled.has(dep))
                continue;
            const target = services[dep];
            if (hasHealthcheck(target))
                continue;
            const at = valueLoc(cfg, 'condition') ?? keyLoc(s['depends_on'], dep);
            if (!at)
                continue;
            const disabledHc = isMapping(target) && isMapping(target['healthcheck']);
            problems.add('compose/healthcheck-required', at, disabledHc
                ? `service "${name}" waits for "${dep}" to be healthy, but the healthcheck of "${dep}" is disabled`
                : `service "${name}" waits for "${dep}" to be healthy, but "${dep}" defines no healthcheck`, { help: `Add a healthcheck to "${dep}" (or use condition: service_started). If the image declares a HEALTHCHECK, set this rule to warning or off.` });
        }
    }
}
/** compose-go `WithServicesEnvironmentResolved(discardEnvFiles)`: env_file contents folded into environment. */
function resolveEnvFiles(s, env, problems, input) {
    const explicit = new Map();
    const e = s['environment'];
    if (Array.isArray(e)) {
        for (const item of e) {
            const str = String(item);
            const i = str.indexOf('=');
            explicit.set(i < 0 ? str : str.slice(0, i), i < 0 ? null : str.slice(i + 1));
        }
    }
    else if (isMapping(e)) {
        for (const [k, v] of Object.entries(e))
            explicit.set(k, v === null || v === undefined ? null : String(v));
    }
    for (const [k, v] of explicit)
        if (v === null && env.has(k))
            explicit.set(k, env.get(k).value);
    const list = s['env_file'];
    const fromFiles = new Map();
    if (Array.isArray(list)) {
        list.forEach((ef, i) => {
            const p = isMapping(ef) ? ef['path'] : ef;
            if (typeof p !== 'string')
                return;
            const required = !isMapping(ef) || ef['required'] !== false;
            const at = valueLoc(list, i) ?? valueLoc(s, 'env_file');
            if (!(0,external_node_fs_namespaceObject.existsSync)(p)) {
                if (required && at)
                    problems.add('compose/missing-env-file', at, `env file ${input.show(p)} not found`, { help: 'Create the file, fix the path, or mark it `required: false`.' });
                return;
            }
            const text = readTextFile(p, input.limits.maxFileBytes, problems, at ?? { file: p, line: 1, column: 1 }, 'env file');
            if (text === undefined)
                return;
            try {
                const lookup = (k) => env.get(k)?.value ?? explicit.get(k) ?? fromFiles.get(k) ?? undefined;
                for (const entry of parseDotenv(text, lookup))
                    fromFiles.set(entry.key, entry.value);
            }
            catch (err) {
                const line = err instanceof DotenvError ? err.line : 1;
                problems.add('compose/invalid-env-file', { file: p, line, column: 1 }, `cannot parse env file: ${err.message}`);
            }
        });
    }
    if (!Array.isArray(list) && explicit.size === 0)
        return;
    const merged = {};
    for (const [k, v] of fromFiles)
        merged[k] = v;
    for (const [k, v] of explicit)
        merged[k] = v;
    s['environment'] = merged;
    delete s['env_file'];
}
function composeConfigJson(model, services, sets, problems) {
    const out = { name: model['name'] };
    const svc = {};
    const used = { networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set() };
    for (const name of Object.keys(services).sort()) {
        const s = services[name];
        if (!isMapping(s))
            continue;
        const json = serviceJson(name, s, problems);
        if (!sets.enabled.has(name))
            continue;
        svc[name] = json;
        if (isMapping(s['networks']))
            for (const n of Object.keys(s['networks']))
                used.networks.add(n);
        if (Array.isArray(s['volumes'])) {
            for (const v of s['volumes'])
                if (isMapping(v) && v['type'] === 'volume' && typeof v['source'] === 'string' && v['source'])
                    used.volumes.add(v['source']);
        }
        const refs = (list, into) => {
            if (Array.isArray(list))
                for (const r of list)
                    if (isMapping(r) && typeof r['source'] === 'string')
                        into.add(r['source']);
        };
        refs(s['secrets'], used.secrets);
        refs(s['configs'], used.configs);
        if (isMapping(s['build']))
            refs(s['build']['secrets'], used.secrets);
    }
    out['services'] = svc;
    for (const kind of ['networks', 'volumes', 'secrets', 'configs']) {
        const top = model[kind];
        if (!isMapping(top))
            continue;
        const res = {};
        for (const k of Object.keys(top).sort())
            if (used[kind].has(k))
                res[k] = resourceJson(kind, top[k]);
        if (Object.keys(res).length)
            out[kind] = res;
    }
    for (const k of Object.keys(model).sort())
        if (k.startsWith('x-'))
            out[k] = JSON.parse(JSON.stringify(model[k]));
    return out;
}

;// CONCATENATED MODULE: ./src/checks/compose/rules.ts
/** Every rule of the compose check; documented in docs/rules/compose.md. */
const RULES = [
    // reading files
    { id: 'compose/invalid-yaml', severity: 'error', description: 'The file is not valid YAML (syntax error, unknown alias, bad merge key).' },
    { id: 'compose/duplicate-key', severity: 'error', description: 'A mapping defines the same key twice.' },
    { id: 'compose/non-string-key', severity: 'error', description: 'A mapping key is a number, boolean, null or collection instead of a string.' },
    { id: 'compose/yaml-alias-limit', severity: 'error', description: 'YAML aliases expand to too many nodes (an alias bomb) or refer to themselves.' },
    { id: 'compose/invalid-encoding', severity: 'error', description: 'The file is not valid UTF-8.' },
    { id: 'compose/file-too-large', severity: 'error', description: 'The file is larger than the size limit (8 MiB by default).' },
    { id: 'compose/unreadable-file', severity: 'error', description: 'A compose or env file cannot be read, or is a directory.' },
    { id: 'compose/top-level-not-mapping', severity: 'error', description: 'The document is not a mapping (top-level object must be a mapping).' },
    { id: 'compose/empty-file', severity: 'error', description: 'The project has no content at all (empty compose file).' },
    // variables
    { id: 'compose/required-variable', severity: 'error', description: 'A required variable (${VAR:?msg} or ${VAR?msg}) is not set.' },
    { id: 'compose/invalid-interpolation', severity: 'error', description: 'A value is not a valid interpolation template (e.g. ${ VAR}, ${VAR!}).' },
    { id: 'compose/unset-variable', severity: 'warning', description: 'A variable without a default is not set; compose uses an empty string.' },
    { id: 'compose/invalid-env-file', severity: 'error', description: 'A .env, --env-file or env_file file cannot be parsed.' },
    { id: 'compose/yaml11-boolean', severity: 'warning', description: 'A boolean is written as yes/no/on/off/y/n, which YAML 1.2 does not know.' },
    // merge, include, extends
    { id: 'compose/merge-conflict', severity: 'error', description: 'Files cannot be merged: a mapping is overridden by a list or the other way round.' },
    { id: 'compose/include-cycle', severity: 'error', description: 'include entries form a cycle.' },
    { id: 'compose/invalid-include', severity: 'error', description: 'An include entry is malformed or names a file that does not exist.' },
    { id: 'compose/extends-cycle', severity: 'error', description: 'extends references form a cycle.' },
    { id: 'compose/invalid-extends', severity: 'error', description: 'extends names a service or file that does not exist, or lacks service.' },
    { id: 'compose/remote-resource', severity: 'notice', description: 'A remote include or extends (git, OCI, URL) is not fetched, so it is not validated.' },
    // schema and values
    { id: 'compose/schema', severity: 'error', description: 'The model does not match the Compose Specification JSON schema.' },
    { id: 'compose/invalid-value', severity: 'error', description: 'A value cannot be read as the type compose needs (number, boolean, size, command line, ...).' },
    { id: 'compose/invalid-port', severity: 'error', description: 'A port mapping is not valid ([[IP:]HOST:]CONTAINER[/PROTO], ports 0-65535, tcp/udp/sctp).' },
    { id: 'compose/invalid-duration', severity: 'error', description: 'A duration is not valid (Go duration syntax: 10s, 1m30s, 500ms).' },
    { id: 'compose/invalid-volume', severity: 'error', description: 'A short-syntax volume is malformed or uses a mode compose ignores.' },
    { id: 'compose/obsolete-version', severity: 'warning', description: 'The top-level version attribute is obsolete and ignored.' },
    { id: 'compose/deprecated', severity: 'warning', description: 'A deprecated attribute is used (external.name).' },
    { id: 'compose/invalid-project-name', severity: 'error', description: 'COMPOSE_PROJECT_NAME is not a valid project name.' },
    // consistency of the merged project
    { id: 'compose/missing-image', severity: 'error', description: 'A service has neither image nor build.' },
    { id: 'compose/undefined-network', severity: 'error', description: 'A service joins a network that is not declared under top-level networks.' },
    { id: 'compose/undefined-volume', severity: 'error', description: 'A service mounts a named volume that is not declared under top-level volumes.' },
    { id: 'compose/undefined-secret', severity: 'error', description: 'A service (or its build) uses a secret not declared under top-level secrets.' },
    { id: 'compose/undefined-config', severity: 'error', description: 'A service uses a config not declared under top-level configs.' },
    { id: 'compose/undefined-model', severity: 'error', description: 'A service uses a model not declared under top-level models.' },
    { id: 'compose/undefined-service', severity: 'error', description: 'depends_on, links, network_mode or additional_contexts names a service that does not exist or is disabled by profiles.' },
    { id: 'compose/dependency-cycle', severity: 'error', description: 'depends_on relations form a cycle.' },
    { id: 'compose/invalid-healthcheck', severity: 'error', description: 'healthcheck.test does not start with CMD, CMD-SHELL or NONE.' },
    { id: 'compose/healthcheck-required', severity: 'error', description: 'depends_on waits for service_healthy on a service that has no healthcheck.' },
    { id: 'compose/conflicting-attributes', severity: 'error', description: 'Attributes that exclude each other are both set (network_mode/networks, scale/replicas, ...).' },
    { id: 'compose/missing-attribute', severity: 'error', description: 'An attribute compose needs is missing (secret/config source, watch target, ...).' },
    { id: 'compose/duplicate-mount', severity: 'error', description: 'Two volumes or tmpfs mounts of a service use the same target.' },
    { id: 'compose/missing-env-file', severity: 'error', description: 'An env_file does not exist (and is not marked required: false).' },
    // rules of this toolkit
    { id: 'compose/image-latest-tag', severity: 'warning', description: 'An image has no tag or uses latest, so what runs can change without a commit.' },
    { id: 'compose/duplicate-host-port', severity: 'error', description: 'Two services of a project publish the same host port.' },
    { id: 'compose/build-context-missing', severity: 'error', description: 'A local build context directory does not exist.' },
    { id: 'compose/dockerfile-missing', severity: 'error', description: 'The Dockerfile of a build is not in its context.' },
    { id: 'compose/duplicate-container-name', severity: 'error', description: 'Two services of a project set the same container_name.' },
    { id: 'compose/internal-error', severity: 'error', description: 'The check itself failed on this project (a bug to report); other projects are still checked.' },
];
const RULE_SEVERITY = new Map(RULES.map((r) => [r.id, r.severity]));

;// CONCATENATED MODULE: ./src/checks/compose/index.ts
/**
 * The compose check: finds or takes compose projects, loads each one the way `docker compose config`
 * does (interpolation, merge, include, extends, profiles, schema, consistency) and reports every
 * problem at the file and line that has to change. Pure TypeScript: no Docker engine is needed.
 */










async function runCompose(opts) {
    const root = external_node_path_default().resolve(opts.root);
    if (!(0,external_node_fs_namespaceObject.existsSync)(root) || !(0,external_node_fs_namespaceObject.statSync)(root).isDirectory())
        throw new finding_UsageError(`compose: root ${opts.root} is not a directory`);
    const rel = (f) => {
        const r = external_node_path_default().relative(root, f);
        return (r === '' ? '.' : r).split((external_node_path_default()).sep).join('/');
    };
    const limits = { maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, maxNodes: opts.maxYamlNodes ?? DEFAULT_MAX_NODES };
    if (!(limits.maxFileBytes > 0) || !(limits.maxNodes > 0))
        throw new finding_UsageError('compose: maxFileBytes and maxYamlNodes must be positive');
    const envFiles = (opts.envFiles ?? []).map((f) => {
        const p = external_node_path_default().resolve(root, f);
        if (!(0,external_node_fs_namespaceObject.existsSync)(p))
            throw new finding_UsageError(`compose: env file ${f} not found`);
        return p;
    });
    let planned;
    if (opts.files && opts.files.length > 0) {
        const files = opts.files.map((f) => {
            const p = external_node_path_default().resolve(root, f);
            const r = external_node_path_default().relative(root, p);
            if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
                throw new finding_UsageError(`compose: file ${f} is outside the scanned directory ${root}`);
            if (!(0,external_node_fs_namespaceObject.existsSync)(p))
                throw new finding_UsageError(`compose: file ${f} not found`);
            return p;
        });
        planned = [{ files, discovered: false }];
    }
    else {
        planned = discoverProjects(root).map((d) => ({ files: d.files, discovered: true }));
    }
    const sources = new Sources();
    const loaded = [];
    for (const p of planned) {
        let out;
        try {
            out = loadProject({
                files: p.files,
                processEnv: opts.env ?? {},
                envFiles,
                profiles: opts.profiles && opts.profiles.length ? opts.profiles : undefined,
                limits,
                sources,
                show: rel,
            });
        }
        catch (e) {
            // A bug of ours must not hide the other projects' results, nor print a stack trace at the user.
            const problems = new Problems();
            problems.add('compose/internal-error', { file: p.files[0], line: 1, column: 1 }, `internal error while checking this project: ${e.message}`);
            out = { name: '', variables: [], problems, services: 0, filesRead: new Set() };
        }
        loaded.push({ files: p.files, out });
    }
    // A discovered file that another project includes or extends is part of that project, not one of its own.
    const pulled = loaded.map((l) => new Set([...l.out.filesRead].filter((f) => !l.files.includes(f))));
    const kept = planned.length > 1
        ? loaded.filter((q, qi) => !loaded.some((p, pi) => pi !== qi && q.files.some((f) => pulled[pi].has(f)) && !p.files.some((f) => pulled[qi].has(f))))
        : loaded;
    const findings = [];
    const seen = new Set();
    const projects = [];
    const filesRead = new Set();
    const serviceKeys = new Set();
    for (const { files, out } of kept) {
        for (const p of out.problems.list) {
            const file = p.loc.file || files[0];
            const f = {
                check: 'compose',
                rule: p.rule,
                severity: p.severity ?? RULE_SEVERITY.get(p.rule) ?? 'error',
                file: rel(file),
                line: p.loc.line,
                column: p.loc.column,
                message: p.message,
            };
            if (p.loc.endLine !== undefined && p.loc.endLine === p.loc.line && p.loc.endColumn !== undefined && p.loc.endColumn > p.loc.column) {
                f.endLine = p.loc.endLine;
                f.endColumn = p.loc.endColumn;
            }
            if (p.help)
                f.help = p.help;
            const key = `${f.rule}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(f);
        }
        for (const f of out.filesRead)
            filesRead.add(f);
        const model = out.model;
        if (model && typeof model['services'] === 'object' && model['services'] !== null) {
            for (const s of Object.keys(model['services']))
                serviceKeys.add(`${external_node_path_default().dirname(files[0])}\0${s}`);
        }
        projects.push({
            name: out.name,
            files: files.map(rel),
            ...(model ? { model } : {}),
            variables: out.variables.map((u) => publicUse(u, rel)),
        });
    }
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    return {
        check: 'compose',
        findings,
        artifacts: {},
        stats: { files: filesRead.size, services: serviceKeys.size, projects: projects.length },
        summaryMarkdown: variablesMarkdown(projects),
        projects,
    };
}
function publicUse(u, rel) {
    return {
        name: u.name,
        file: rel(u.file),
        line: u.line,
        column: u.column,
        path: u.path,
        required: u.required,
        ...(u.default !== undefined ? { default: u.default } : {}),
        set: u.set,
        source: u.source,
        ...(u.sourceFile ? { sourceFile: rel(u.sourceFile) } : {}),
    };
}
const MAX_ROWS = 200;
function variablesMarkdown(projects) {
    const rows = new Map();
    for (const p of projects) {
        for (const u of p.variables) {
            const key = `${u.name}\0${u.file}\0${u.line}`;
            if (rows.has(key))
                continue;
            const from = u.source === 'unset'
                ? u.required
                    ? '**unset (required)**'
                    : u.default !== undefined
                        ? 'unset (default used)'
                        : 'unset'
                : u.sourceFile
                    ? `${u.source} (\`${u.sourceFile}\`)`
                    : u.source;
            const cell = (s) => s.replaceAll('|', '\\|').replaceAll('`', "'");
            rows.set(key, `| \`${u.name}\` | \`${cell(u.file)}:${u.line}\` | ${u.required ? 'yes' : 'no'} | ${u.default !== undefined ? `\`${cell(u.default)}\`` : ''} | ${from} |`);
        }
    }
    if (rows.size === 0)
        return undefined;
    const list = [...rows.values()];
    const shown = list.slice(0, MAX_ROWS);
    return [
        '### Compose variables',
        '',
        '| variable | used at | required | default | set from |',
        '| --- | --- | --- | --- | --- |',
        ...shown,
        ...(list.length > shown.length ? ['', `…and ${list.length - shown.length} more.`] : []),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/checks/definitions/compose.ts


const composeCheck = {
    name: 'compose',
    rules: RULES,
    run: ({ root, config, env }) => {
        const section = config.checks['compose'];
        return runCompose({
            root,
            files: stringList(section, 'files'),
            envFiles: stringList(section, 'env-files'),
            profiles: stringList(section, 'profiles'),
            env,
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/images/builder.ts
// The one interface both image builders (docker buildx, buildah) implement, and the pieces they
// share: the request and result types, the failure type, and registry credentials as data.


/** A build or push that the builder reported as failed; `message` is already free of secrets. */
class BuildFailure extends Error {
    phase;
    failedStep;
    outputTail;
    name = 'BuildFailure';
    constructor(message, phase, failedStep = {}, 
    /** The last lines of output, secrets removed. */
    outputTail = '') {
        super(message);
        this.phase = phase;
        this.failedStep = failedStep;
        this.outputTail = outputTail;
    }
}
/** Replaces every secret (and its base64 `user:secret` form) in text. */
function redactor(credentials) {
    const secrets = new Set();
    for (const c of credentials) {
        if (c.password) {
            secrets.add(c.password);
            secrets.add(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
            secrets.add(encodeURIComponent(c.password));
        }
    }
    const list = [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    return (text) => {
        let out = text;
        for (const s of list)
            out = out.split(s).join('***');
        return out;
    };
}
/**
 * Writes a containers/docker style auth file (`{"auths": {host: {auth: base64(user:pass)}}}`,
 * mode 0600) in a fresh directory under `tempDir`. Both buildah (`--authfile`) and docker
 * (`DOCKER_CONFIG/config.json`) read this format. Returns the file and a cleanup function.
 */
async function writeAuthFile(tempDir, credentials, fileName = 'auth.json') {
    const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(tempDir, 'portarium-auth-'));
    const auths = {};
    for (const c of credentials) {
        auths[c.registry] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
    }
    const file = external_node_path_default().join(dir, fileName);
    await (0,promises_namespaceObject.writeFile)(file, JSON.stringify({ auths }), { mode: 0o600 });
    return { dir, file, cleanup: () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }) };
}
/** Platforms as the host would default them, in `os/arch` form. */
function hostPlatform() {
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
    return `linux/${arch[process.arch] ?? process.arch}`;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/checks/images/command.ts
// Runs a builder's command with an argument array (never a shell), streams its output line by
// line through a redactor, and keeps the redacted output for error messages.


const command_runCommand = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
    const redact = opts.redact ?? ((s) => s);
    const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, [...args], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    const pending = { stdout: '', stderr: '' };
    const take = (stream, chunk, flush) => {
        pending[stream] += chunk;
        const parts = pending[stream].split(/\r?\n/);
        pending[stream] = flush ? '' : parts.pop();
        for (const raw of parts) {
            if (flush && raw === '')
                continue;
            const line = redact(raw);
            if (stream === 'stdout')
                stdout += line + '\n';
            else
                stderr += line + '\n';
            output += line + '\n';
            opts.onLine?.(line, stream);
        }
    };
    child.stdout.setEncoding('utf8').on('data', (c) => take('stdout', c, false));
    child.stderr.setEncoding('utf8').on('data', (c) => take('stderr', c, false));
    child.on('error', (e) => {
        if (e.code === 'ENOENT')
            reject(new finding_UsageError(`${cmd} was not found; install it first (scripts/tools/install-buildah.sh for buildah)`));
        else
            reject(e);
    });
    child.on('close', (code, signal) => {
        take('stdout', '', true);
        take('stderr', '', true);
        resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, output });
    });
});
/** The last `n` non-empty lines of some output. */
function command_tail(text, n = 15) {
    return text.split('\n').filter((l) => l.trim() !== '').slice(-n).join('\n');
}

;// CONCATENATED MODULE: ./src/checks/images/reference.ts
// Image reference grammar, as the registry distribution project defines it:
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [domain "/"] path-component ("/" path-component)*
// Registries reject names outside it, and they reject upper case in the path, so a name is
// lower-cased before it is checked (a GitHub owner such as "MyOrg" is common and harmless).
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const NAME_MAX = 255;
/**
 * Splits a reference into its parts without judging them. The first component is a registry
 * only when it looks like a host (has "." or ":" or is "localhost"), the same test docker uses.
 */
function splitReference(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    let domain;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            domain = first;
            rest = rest.slice(slash + 1);
        }
    }
    const out = { path: rest };
    if (domain !== undefined)
        out.domain = domain;
    if (tag !== undefined)
        out.tag = tag;
    if (digest !== undefined)
        out.digest = digest;
    return out;
}
/** Why `name` (a repository, without tag or digest) is not a valid image name, or undefined. */
function repositoryProblem(name) {
    if (name === '')
        return 'the image name is empty';
    if (name.length > NAME_MAX)
        return `the image name is longer than ${NAME_MAX} characters`;
    if (name.includes('@') || /:[^/]*$/.test(name.replace(/^[^/]*\//, ''))) {
        return 'the image name must not carry a tag or digest (tags come from the metadata)';
    }
    const ref = splitReference(name);
    if (ref.domain !== undefined && !DOMAIN_RE.test(ref.domain))
        return `"${ref.domain}" is not a valid registry host`;
    if (!PATH_RE.test(ref.path)) {
        return `"${ref.path}" is not a valid repository path (lower-case letters, digits and single separators . _ __ - between them, components joined by /)`;
    }
    return undefined;
}
function tagProblem(tag) {
    return TAG_RE.test(tag) ? undefined : `"${tag}" is not a valid tag (letters, digits, _ . -, not starting with . or -, at most 128 characters)`;
}
function isDigest(value) {
    return DIGEST_RE.test(value);
}
/** Registry host a repository is pushed to; docker.io when the name has no domain. */
function registryHost(repository) {
    return splitReference(repository).domain ?? 'docker.io';
}
/** Lower-cases a repository name; the registry host part is case-insensitive anyway. */
function normalizeRepository(name) {
    return name.trim().toLowerCase();
}
/** Makes any text usable as a tag the way branch names are usually mapped: invalid characters become "-". */
function sanitizeTag(text) {
    return text
        .replace(/[^\w.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128)
        .replace(/[.-]+$/, '');
}

;// CONCATENATED MODULE: ./src/tools/buildah.ts
// Daemonless builds with buildah (Debian's buildah 1.28 is what scripts/tools/install-buildah.sh
// installs). Everything is passed as argument arrays; credentials go through an auth file in a
// private temp directory, never through argv, so they do not show up in `ps` or in logs.






/** Options that go before the subcommand and select the image store. */
function buildah_buildahGlobalArgs(opts) {
    const args = [];
    if (opts.root)
        args.push('--root', opts.root);
    if (opts.runroot)
        args.push('--runroot', opts.runroot);
    if (opts.storageDriver)
        args.push('--storage-driver', opts.storageDriver);
    return args;
}
/**
 * Whether `--layers` is safe. buildah 1.28's layer cache does not key on the platform: after an
 * amd64 build, an arm64 build of the same steps reuses the amd64 layers (seen here). So the cache
 * is only used for a build of the host platform alone.
 */
function layerCacheSafe(platforms, host = hostPlatform()) {
    return platforms.length === 0 || (platforms.length === 1 && platforms[0] === host);
}
function buildahBudArgs(req, opts, files, host = hostPlatform()) {
    const format = opts.format ?? 'docker';
    const args = [...buildah_buildahGlobalArgs(opts), 'bud'];
    args.push('--isolation', opts.isolation ?? 'chroot');
    args.push(layerCacheSafe(req.platforms, host) ? '--layers' : '--layers=false');
    // A failed step otherwise leaves its working container (and, with overlay, its mount) behind.
    args.push('--force-rm');
    args.push(`--pull=${opts.pull ?? 'missing'}`);
    args.push('--format', format);
    args.push('-f', req.dockerfile);
    if (req.target)
        args.push('--target', req.target);
    for (const [k, v] of sorted(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of sorted(req.labels))
        args.push('--label', `${k}=${v}`);
    if (format === 'oci')
        for (const [k, v] of sorted(req.annotations))
            args.push('--annotation', `${k}=${v}`);
    if (req.platforms.length > 0)
        args.push('--platform', req.platforms.join(','));
    if (files.manifestList)
        args.push('--manifest', files.manifestList);
    else
        for (const t of req.tags)
            args.push('-t', `${req.image}:${t}`);
    if (files.iidFile)
        args.push('--iidfile', files.iidFile);
    if (files.authFile)
        args.push('--authfile', files.authFile);
    for (const c of opts.cache?.from ?? [])
        args.push('--cache-from', c);
    if (opts.cache?.to)
        args.push('--cache-to', opts.cache.to);
    const cacheHosts = [...(opts.cache?.from ?? []), ...(opts.cache?.to ? [opts.cache.to] : [])].map(registryHost);
    if (cacheHosts.some((h) => req.insecureRegistries.includes(h)))
        args.push('--tls-verify=false');
    args.push(req.context);
    return args;
}
function buildahPushArgs(req, opts, tag, files) {
    const dest = `docker://${req.image}:${tag}`;
    const args = [...buildah_buildahGlobalArgs(opts)];
    // `manifest push` has no retry flags in buildah 1.28.
    if (files.manifestList)
        args.push('manifest', 'push', '--all', '--digestfile', files.digestFile);
    else
        args.push('push', '--digestfile', files.digestFile, '--retry-delay', opts.retryDelay ?? '2s');
    if (files.authFile)
        args.push('--authfile', files.authFile);
    if (req.insecureRegistries.includes(registryHost(req.image)))
        args.push('--tls-verify=false');
    args.push(files.manifestList ?? `${req.image}:${tag}`, dest);
    return args;
}
class BuildahBuilder {
    opts;
    kind = 'buildah';
    run;
    exe;
    constructor(opts = {}) {
        this.opts = opts;
        this.run = opts.run ?? command_runCommand;
        this.exe = opts.buildah ?? 'buildah';
    }
    /** `buildah version 1.28.2 (...)`, logged so a run records the exact tool. */
    async version() {
        const r = await this.run(this.exe, ['--version'], { env: this.env() });
        if (r.code !== 0)
            throw new finding_UsageError(`${this.exe} --version failed: ${command_tail(r.output, 3)}`);
        return r.stdout.trim();
    }
    async build(req) {
        if (req.tags.length === 0)
            throw new finding_UsageError(`image ${req.name}: no tags to build`);
        const redact = redactor(req.credentials);
        const work = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(req.tempDir, 'portarium-buildah-'));
        const auth = req.credentials.length > 0 ? await writeAuthFile(work, req.credentials) : undefined;
        try {
            const multi = req.platforms.length > 1;
            const files = {};
            if (multi)
                files.manifestList = `${req.image}:${req.tags[0]}`;
            else
                files.iidFile = external_node_path_default().join(work, 'iid');
            if (auth)
                files.authFile = auth.file;
            if (files.manifestList) {
                // `--manifest` adds to an existing list, so a list left by an earlier build must go first.
                await this.run(this.exe, [...buildah_buildahGlobalArgs(this.opts), 'manifest', 'rm', files.manifestList], { env: this.env(), redact });
            }
            const bud = await this.run(this.exe, buildahBudArgs(req, this.opts, files), {
                cwd: req.context,
                env: this.env(),
                redact,
                onLine: (l) => req.log(l),
            });
            const stats = stepStats(bud.output);
            if (bud.code !== 0) {
                throw new BuildFailure(`buildah bud failed (exit ${bud.code}): ${failureReason(bud.output)}`, 'build', stats.failed, command_tail(bud.output));
            }
            const imageId = files.iidFile ? (await (0,promises_namespaceObject.readFile)(files.iidFile, 'utf8')).trim() : undefined;
            const platforms = req.platforms.length > 0 ? [...req.platforms] : [hostPlatform()];
            let digest = imageId ?? '';
            if (req.push) {
                digest = '';
                for (const tag of req.tags) {
                    const digestFile = external_node_path_default().join(work, `digest-${tag}`);
                    const pushFiles = { digestFile };
                    if (auth)
                        pushFiles.authFile = auth.file;
                    if (files.manifestList)
                        pushFiles.manifestList = files.manifestList;
                    const r = await this.run(this.exe, buildahPushArgs(req, this.opts, tag, pushFiles), { env: this.env(), redact, onLine: (l) => req.log(l) });
                    if (r.code !== 0) {
                        throw new BuildFailure(`pushing ${req.image}:${tag} failed: ${failureReason(r.output)}`, 'push', {}, command_tail(r.output));
                    }
                    const d = (await (0,promises_namespaceObject.readFile)(digestFile, 'utf8')).trim();
                    digest ||= d;
                }
            }
            const result = { image: req.image, digest, tags: [...req.tags], platforms, pushed: req.push, cachedSteps: stats.cached, steps: stats.steps };
            if (imageId)
                result.imageId = imageId;
            return result;
        }
        finally {
            await auth?.cleanup();
            await (0,promises_namespaceObject.rm)(work, { recursive: true, force: true });
        }
    }
    env() {
        return this.opts.env ?? process.env;
    }
}
/** Counts `STEP n/m` and `Using cache` lines and remembers the last step started. */
function stepStats(output) {
    let steps = 0;
    let cached = 0;
    const failed = {};
    for (const line of output.split('\n')) {
        const m = /^(?:\[(\d+)\/\d+\]\s+)?STEP (\d+)(?:\/\d+)?:\s*(.*)$/.exec(line);
        if (m) {
            steps++;
            if (m[1] !== undefined)
                failed.stage = Number(m[1]);
            else
                delete failed.stage;
            failed.step = Number(m[2]);
            failed.instruction = m[3];
            continue;
        }
        if (/^--> Using cache /.test(line))
            cached++;
    }
    const at = /error building at STEP "([^"]*)"/.exec(output);
    if (at)
        failed.instruction = at[1];
    return { steps, cached, failed };
}
/** The most telling error line of buildah's output. */
function failureReason(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    const err = [...lines].reverse().find((l) => /^(Error:|error)/i.test(l) || /level=(error|fatal)/.test(l));
    return (err ?? lines[lines.length - 1] ?? 'no output').replace(/^Error:\s*/, '');
}
function sorted(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/tools/buildx.ts
// Builds with `docker buildx build`, as on GitHub-hosted runners. The arguments are an array built
// by one pure function (tested as such); provenance and SBOM are explicit choices rather than
// buildx's defaults, which add an `unknown/unknown` platform entry many registries display.








function buildxArgs(req, opts, files) {
    if (opts.load && !req.push && req.platforms.length > 1) {
        throw new finding_UsageError(`image ${req.name}: --load takes one platform; got ${req.platforms.join(', ')}`);
    }
    const args = ['buildx', 'build'];
    if (opts.builder)
        args.push('--builder', opts.builder);
    args.push('--file', req.dockerfile);
    if (req.target)
        args.push('--target', req.target);
    for (const [k, v] of buildx_sorted(req.buildArgs))
        args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of buildx_sorted(req.labels))
        args.push('--label', `${k}=${v}`);
    if (req.push) {
        // Annotations only exist on pushed manifests; a multi-platform push also annotates the index.
        const prefix = req.platforms.length > 1 ? 'index,manifest:' : '';
        for (const [k, v] of buildx_sorted(req.annotations))
            args.push('--annotation', `${prefix}${k}=${v}`);
    }
    if (req.platforms.length > 0)
        args.push('--platform', req.platforms.join(','));
    for (const t of req.tags)
        args.push('--tag', `${req.image}:${t}`);
    if (opts.cache) {
        const mode = opts.cache.mode ?? 'max';
        if (opts.cache.type === 'gha') {
            const scope = opts.cache.scope ?? req.name;
            args.push('--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,scope=${scope},mode=${mode}`);
        }
        else {
            args.push('--cache-from', `type=registry,ref=${opts.cache.ref}`, '--cache-to', `type=registry,ref=${opts.cache.ref},mode=${mode}`);
        }
    }
    args.push(opts.provenance === false ? '--provenance=false' : `--provenance=mode=${opts.provenance}`);
    args.push(`--sbom=${opts.sbom ? 'true' : 'false'}`);
    if (req.push) {
        if (req.insecureRegistries.includes(registryHost(req.image)))
            args.push('--output', 'type=image,push=true,registry.insecure=true');
        else
            args.push('--push');
    }
    else if (opts.load) {
        args.push('--load');
    }
    args.push('--metadata-file', files.metadataFile);
    args.push(req.context);
    return args;
}
class BuildxBuilder {
    opts;
    kind = 'docker';
    run;
    exe;
    constructor(opts) {
        this.opts = opts;
        if (opts.provenance === undefined || opts.sbom === undefined) {
            throw new finding_UsageError('the docker builder needs explicit provenance (false, min, max) and sbom (true, false) choices');
        }
        this.run = opts.run ?? command_runCommand;
        this.exe = opts.docker ?? 'docker';
    }
    async version() {
        const r = await this.run(this.exe, ['buildx', 'version'], { env: this.opts.env ?? process.env });
        if (r.code !== 0)
            throw new finding_UsageError(`docker buildx is not available: ${command_tail(r.output, 3)}`);
        return r.stdout.trim();
    }
    async build(req) {
        if (req.tags.length === 0)
            throw new finding_UsageError(`image ${req.name}: no tags to build`);
        const redact = redactor(req.credentials);
        const work = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(req.tempDir, 'portarium-buildx-'));
        const baseEnv = this.opts.env ?? process.env;
        try {
            const env = req.credentials.length > 0 ? await privateDockerConfig(baseEnv, work, req.credentials) : baseEnv;
            const metadataFile = external_node_path_default().join(work, 'metadata.json');
            const r = await this.run(this.exe, buildxArgs(req, this.opts, { metadataFile }), {
                cwd: req.context,
                env,
                redact,
                onLine: (l) => req.log(l),
            });
            if (r.code !== 0) {
                const pushing = /failed to push|pushing .* to|unexpected status from PUT|401 Unauthorized|authorization failed/i.test(r.output);
                throw new BuildFailure(`docker buildx build failed (exit ${r.code}): ${buildxReason(r.output)}`, pushing ? 'push' : 'build', buildxFailedStep(r.output, req.dockerfile), command_tail(r.output));
            }
            const meta = JSON.parse(await (0,promises_namespaceObject.readFile)(metadataFile, 'utf8'));
            const digest = typeof meta['containerimage.digest'] === 'string' ? meta['containerimage.digest'] : '';
            const configDigest = typeof meta['containerimage.config.digest'] === 'string' ? meta['containerimage.config.digest'] : undefined;
            const result = {
                image: req.image,
                digest: digest || configDigest || '',
                tags: [...req.tags],
                platforms: req.platforms.length > 0 ? [...req.platforms] : [hostPlatform()],
                pushed: req.push,
            };
            if (configDigest)
                result.imageId = configDigest;
            return result;
        }
        finally {
            await (0,promises_namespaceObject.rm)(work, { recursive: true, force: true });
        }
    }
}
/**
 * A private DOCKER_CONFIG holding the given credentials (mode 0600), merged over the user's own
 * `auths`/`credHelpers` so an earlier docker/login-action still counts for other registries. The
 * user's `credsStore` is left out: docker would send every registry to it and ignore our entries.
 * The user's buildx builders (BUILDX_CONFIG) and CLI plugins (cli-plugins) stay reachable.
 */
async function privateDockerConfig(env, work, credentials) {
    const original = env['DOCKER_CONFIG'] ?? external_node_path_default().join(env['HOME'] ?? external_node_os_default().homedir(), '.docker');
    let base = {};
    try {
        base = JSON.parse(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(original, 'config.json'), 'utf8'));
    }
    catch {
        // No config of the user's: ours is the whole config.
    }
    const auths = { ...(base.auths ?? {}) };
    const credHelpers = { ...(base.credHelpers ?? {}) };
    for (const c of credentials) {
        // Docker Hub's key in config.json is the v1 index URL, not its host name.
        const key = c.registry === 'docker.io' || c.registry === 'index.docker.io' ? 'https://index.docker.io/v1/' : c.registry;
        auths[key] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
        delete credHelpers[c.registry];
    }
    const dir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(work, 'docker-config-'));
    await (0,promises_namespaceObject.chmod)(dir, 0o700);
    await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(dir, 'config.json'), JSON.stringify({ auths, credHelpers }), { mode: 0o600 });
    const plugins = external_node_path_default().join(original, 'cli-plugins');
    if ((0,external_node_fs_namespaceObject.existsSync)(plugins))
        await (0,promises_namespaceObject.symlink)(plugins, external_node_path_default().join(dir, 'cli-plugins'));
    return { ...env, DOCKER_CONFIG: dir, BUILDX_CONFIG: env['BUILDX_CONFIG'] ?? external_node_path_default().join(original, 'buildx') };
}
/** buildx prints `Dockerfile:6` above the failing instruction, and `#N [s/m] RUN ...` for steps. */
function buildxFailedStep(output, dockerfile) {
    const failed = {};
    const base = external_node_path_default().basename(dockerfile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`^${base}:(\\d+)\\s*$`, 'm').exec(output);
    if (m)
        failed.line = Number(m[1]);
    const steps = [...output.matchAll(/^#\d+ \[[^\]]*\d+\/\d+\] (.*)$/gm)];
    const last = steps[steps.length - 1];
    if (last)
        failed.instruction = last[1].trim();
    return failed;
}
function buildxReason(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    const err = [...lines].reverse().find((l) => l.startsWith('ERROR:'));
    return (err ?? lines[lines.length - 1] ?? 'no output').replace(/^ERROR:\s*/, '');
}
function buildx_sorted(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/checks/images/dockerfile.ts
// A Dockerfile reader that keeps positions: every character of an instruction knows the line and
// column it came from, so a rule can point at the exact word a person must change even when the
// instruction spans continuation lines. It follows the Dockerfile reference: parser directives at
// the top, `#` comment lines (also inside a continued instruction), the escape character, heredocs
// (`<<EOF`, `<<-EOF`, quoted delimiters) and JSON (exec) form versus shell form.
const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const KEYWORDS = new Set([
    'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
    'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC_RE = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function parseDockerfile(source) {
    const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
    const directives = {};
    const problems = [];
    let i = 0;
    // Directives are only read at the very top; the first other line (even a blank one) ends them.
    for (; i < lines.length; i++) {
        const m = DIRECTIVE_RE.exec(lines[i]);
        if (!m)
            break;
        const name = m[1].toLowerCase();
        if (!KNOWN_DIRECTIVES.has(name) || name in directives)
            break;
        directives[name] = m[2];
    }
    let escape = '\\';
    if (directives['escape'] !== undefined) {
        if (directives['escape'] === '`' || directives['escape'] === '\\')
            escape = directives['escape'];
        else
            problems.push({ message: `invalid escape directive "${directives['escape']}" (must be \\ or \`)`, line: 1, column: 1 });
    }
    const instructions = [];
    while (i < lines.length) {
        const raw = lines[i];
        const trimmed = raw.trimStart();
        if (trimmed === '' || trimmed.startsWith('#')) {
            i++;
            continue;
        }
        const startLine = i + 1;
        const pieces = [];
        let lineText = raw;
        let lineNo = i;
        // Join continuation lines; comment and blank lines inside a continuation are skipped.
        for (;;) {
            const cont = continues(lineText, escape);
            const kept = cont === undefined ? lineText : lineText.slice(0, cont);
            pieces.push({ text: kept, line: lineNo + 1, column: 1 });
            lineNo++;
            if (cont === undefined)
                break;
            while (lineNo < lines.length) {
                const t = lines[lineNo].trimStart();
                if (t === '' || t.startsWith('#'))
                    lineNo++;
                else
                    break;
            }
            if (lineNo >= lines.length)
                break;
            lineText = lines[lineNo];
        }
        i = lineNo;
        const ins = buildInstruction(pieces, startLine, escape);
        if (HEREDOC_KEYWORDS.has(ins.keyword))
            i = readHeredocs(ins, lines, i, problems);
        instructions.push(ins);
    }
    return { directives, escape, instructions, problems };
}
/** Index where the continuation escape starts, or undefined when the line does not continue. */
function continues(line, escape) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end--;
    if (end === 0 || line[end - 1] !== escape)
        return undefined;
    // An escaped escape (`\\` at the end) is a literal, not a continuation.
    let n = 0;
    for (let k = end - 1; k >= 0 && line[k] === escape; k--)
        n++;
    return n % 2 === 1 ? end - 1 : undefined;
}
function buildInstruction(pieces, startLine, escape) {
    let text = '';
    const pos = [];
    for (const p of pieces) {
        for (let k = 0; k < p.text.length; k++)
            pos.push({ line: p.line, column: p.column + k });
        text += p.text;
    }
    const lead = text.length - text.trimStart().length;
    const kwMatch = /^\S+/.exec(text.slice(lead));
    const keywordRaw = kwMatch ? kwMatch[0] : '';
    let argStart = lead + keywordRaw.length;
    while (argStart < text.length && /\s/.test(text[argStart]))
        argStart++;
    const args = text.slice(argStart).trimEnd();
    const argPos = pos.slice(argStart);
    const lastLine = pieces[pieces.length - 1].line;
    const keyword = keywordRaw.toUpperCase();
    const at = (offset) => {
        if (argPos.length === 0)
            return pos[pos.length - 1] ?? { line: startLine, column: 1 };
        return argPos[Math.max(0, Math.min(offset, argPos.length - 1))];
    };
    const { flags, rest } = FLAG_KEYWORDS.has(keyword) ? readFlags(args, escape) : { flags: [], rest: 0 };
    const ins = {
        keyword,
        line: pos[lead]?.line ?? startLine,
        column: pos[lead]?.column ?? 1,
        endLine: lastLine,
        args,
        flags,
        rest,
        heredocs: [],
        at,
    };
    const json = parseJsonForm(args.slice(rest));
    if (json)
        ins.json = json;
    return ins;
}
function readFlags(args, escape) {
    const flags = [];
    let offset = 0;
    for (const w of splitWords(args, escape)) {
        if (!w.raw.startsWith('--'))
            return { flags, rest: w.offset };
        const body = w.value.slice(2);
        const eq = body.indexOf('=');
        flags.push({ name: eq >= 0 ? body.slice(0, eq) : body, value: eq >= 0 ? body.slice(eq + 1) : undefined, offset: w.offset });
        offset = w.offset + w.raw.length;
    }
    while (offset < args.length && /\s/.test(args[offset]))
        offset++;
    return { flags, rest: offset };
}
function parseJsonForm(text) {
    const t = text.trim();
    if (!t.startsWith('[') || !t.endsWith(']'))
        return undefined;
    try {
        const v = JSON.parse(t);
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
    }
    catch {
        // Not JSON: Docker then runs it in shell form, and so do we.
    }
    return undefined;
}
function readHeredocs(ins, lines, next, problems) {
    if (ins.json)
        return next;
    let i = next;
    for (const m of ins.args.matchAll(HEREDOC_RE)) {
        const strip = m[1] === '-';
        const delimiter = m[3];
        const body = [];
        const line = i + 1;
        let closed = false;
        for (; i < lines.length; i++) {
            const l = strip ? lines[i].replace(/^\t+/, '') : lines[i];
            if (l === delimiter) {
                closed = true;
                i++;
                break;
            }
            body.push(l);
        }
        if (!closed) {
            const p = ins.at(m.index ?? 0);
            problems.push({ message: `heredoc <<${delimiter} is never closed (no line "${delimiter}")`, line: p.line, column: p.column });
        }
        ins.heredocs.push({ delimiter, body, line, endLine: i });
        ins.endLine = Math.max(ins.endLine, i);
    }
    return i;
}
/**
 * Splits shell-form arguments into words the way the Dockerfile frontend does for FROM, ARG, ENV,
 * LABEL, USER and friends: blanks separate words, quotes group, the escape character escapes.
 */
function splitWords(text, escape = '\\') {
    const words = [];
    let k = 0;
    while (k < text.length) {
        while (k < text.length && /\s/.test(text[k]))
            k++;
        if (k >= text.length)
            break;
        const start = k;
        let value = '';
        let quote;
        for (; k < text.length; k++) {
            const c = text[k];
            if (quote) {
                if (c === quote)
                    quote = undefined;
                else if (c === escape && quote === '"' && k + 1 < text.length)
                    value += text[++k];
                else
                    value += c;
            }
            else if (/\s/.test(c)) {
                break;
            }
            else if (c === '"' || c === "'") {
                quote = c;
            }
            else if (c === escape && k + 1 < text.length) {
                value += text[++k];
            }
            else {
                value += c;
            }
        }
        words.push({ value, offset: start, raw: text.slice(start, k) });
    }
    return words;
}
/** Removes one level of quotes and escapes from a single value (`"a b"` -> `a b`). */
function unquote(text, escape = '\\') {
    return splitWords(text, escape).map((w) => w.value).join(' ');
}
/**
 * Reads `KEY=value` pairs (ARG, ENV, LABEL). ENV and LABEL also accept the legacy `KEY value`
 * form with a single pair per instruction.
 */
function keyValues(ins, escape) {
    const words = splitWords(ins.args, escape);
    if (words.length === 0)
        return [];
    const first = words[0];
    if (ins.keyword !== 'ARG' && !first.raw.includes('=')) {
        const valueStart = words[1]?.offset;
        const kv = { key: first.value, value: valueStart === undefined ? '' : unquote(ins.args.slice(valueStart), escape), keyOffset: first.offset };
        if (valueStart !== undefined)
            kv.valueOffset = valueStart;
        return [kv];
    }
    return words.map((w) => {
        const eq = w.raw.indexOf('=');
        if (eq < 0)
            return { key: w.value, value: undefined, keyOffset: w.offset };
        return {
            key: unquote(w.raw.slice(0, eq), escape),
            value: unquote(w.raw.slice(eq + 1), escape),
            keyOffset: w.offset,
            valueOffset: w.offset + eq + 1,
        };
    });
}
/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}` and `${VAR+word}` as the
 * Dockerfile frontend does for FROM, USER, ENV and the like.
 */
function dockerfile_expand(text, vars, escape = '\\') {
    const unresolved = [];
    const used = [];
    let out = '';
    for (let k = 0; k < text.length; k++) {
        const c = text[k];
        if (c === escape && text[k + 1] === '$') {
            out += '$';
            k++;
            continue;
        }
        if (c !== '$') {
            out += c;
            continue;
        }
        if (text[k + 1] === '{') {
            const close = text.indexOf('}', k + 2);
            if (close < 0) {
                out += text.slice(k);
                break;
            }
            const body = text.slice(k + 2, close);
            k = close;
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
            if (!m) {
                out += '${' + body + '}';
                continue;
            }
            const [, name, op, word] = m;
            const has = vars.has(name);
            const val = vars.get(name) ?? '';
            const set = op?.startsWith(':') ? has && val !== '' : has;
            if (op === undefined) {
                if (has)
                    used.push(name);
                else
                    unresolved.push(name);
                out += val;
            }
            else if (op.endsWith('-')) {
                if (set) {
                    used.push(name);
                    out += val;
                }
                else {
                    const inner = dockerfile_expand(word ?? '', vars, escape);
                    unresolved.push(...inner.unresolved);
                    used.push(...inner.used);
                    out += inner.value;
                }
            }
            else {
                if (set) {
                    used.push(name);
                    const inner = dockerfile_expand(word ?? '', vars, escape);
                    out += inner.value;
                }
            }
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(k + 1));
        if (!m) {
            out += c;
            continue;
        }
        const name = m[0];
        k += name.length;
        if (vars.has(name))
            used.push(name);
        else
            unresolved.push(name);
        out += vars.get(name) ?? '';
    }
    return { value: out, unresolved, used };
}

;// CONCATENATED MODULE: ./src/checks/images/rules.ts
const rules_RULES = [
    { id: 'images/unpinned-base-image', severity: 'error', description: 'A base image (FROM, directly or through an ARG default) has neither a tag nor a digest.' },
    { id: 'images/latest-tag', severity: 'error', description: 'A base image uses the moving "latest" tag.' },
    { id: 'images/root-user', severity: 'error', description: 'The last USER of the final stage is root (root or 0).' },
    { id: 'images/missing-user', severity: 'warning', description: 'The final stage never sets USER, so the container runs as the base image\'s user (usually root).' },
    { id: 'images/missing-healthcheck', severity: 'warning', description: 'The final stage EXPOSEs a port (it is a service) but has no HEALTHCHECK.' },
    { id: 'images/remote-add', severity: 'error', description: 'ADD fetches a remote URL, which is not verified or cached; download in a RUN step with a checksum instead.' },
    { id: 'images/secret-in-arg-or-env', severity: 'error', description: 'An ARG or ENV is named like a secret (*_TOKEN, *_PASSWORD, *_SECRET, *_KEY); its value stays in the image history.' },
    { id: 'images/dockerfile-syntax', severity: 'error', description: 'The Dockerfile cannot be built as written (no FROM, an instruction before FROM, an unknown instruction, an unclosed heredoc).' },
    { id: 'images/missing-dockerfile', severity: 'error', description: 'An image listed in .portarium-infra.yml names a Dockerfile or context that does not exist.' },
    { id: 'images/invalid-name', severity: 'error', description: 'An image name is not a valid reference even after lower-casing.' },
    { id: 'images/duplicate-name', severity: 'error', description: 'Two images have the same name, so their tags and manifest entries would overwrite each other.' },
    { id: 'images/build-failed', severity: 'error', description: 'The image did not build; the finding points at the failing instruction.' },
    { id: 'images/push-failed', severity: 'error', description: 'The image built but could not be pushed (registry unreachable, credentials refused, ...).' },
];
const BY_ID = new Map(rules_RULES.map((r) => [r.id, r]));
function finding(rule, file, at, message, extra = {}) {
    const def = BY_ID.get(rule);
    if (!def)
        throw new Error(`unknown images rule ${rule}`);
    const f = { check: 'images', rule, severity: def.severity, file, line: at.line, column: at.column, message };
    if (extra.endLine !== undefined)
        f.endLine = extra.endLine;
    if (extra.endColumn !== undefined)
        f.endColumn = extra.endColumn;
    if (extra.help !== undefined)
        f.help = extra.help;
    return f;
}

;// CONCATENATED MODULE: ./src/checks/images/stages.ts
// Groups a parsed Dockerfile into build stages and resolves what each FROM really names:
// global ARGs (those before the first FROM) with their defaults, overridden by build args.

/** The ARGs BuildKit defines for every build; a FROM may use them without declaring them. */
const AUTOMATIC_ARGS = [
    ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
];
function stagesOf(df, buildArgs = {}) {
    const globalArgs = [];
    const misplaced = [];
    const stages = [];
    const vars = new Map(AUTOMATIC_ARGS);
    const origins = new Map();
    for (const ins of df.instructions) {
        if (ins.keyword === 'FROM') {
            stages.push(newStage(ins, stages, vars, origins, df.escape));
        }
        else if (stages.length === 0) {
            if (ins.keyword === 'ARG') {
                globalArgs.push(ins);
                for (const kv of keyValues(ins, df.escape)) {
                    if (kv.key in buildArgs) {
                        vars.set(kv.key, buildArgs[kv.key]);
                        origins.set(kv.key, { kind: 'build-arg' });
                    }
                    else if (kv.value !== undefined) {
                        vars.set(kv.key, dockerfile_expand(kv.value, vars, df.escape).value);
                        origins.set(kv.key, { kind: 'default', at: ins.at(kv.valueOffset ?? kv.keyOffset) });
                    }
                }
            }
            else {
                misplaced.push(ins);
            }
        }
        else {
            stages[stages.length - 1].instructions.push(ins);
        }
    }
    return { globalArgs, stages, misplaced };
}
function newStage(ins, earlier, vars, origins, escape) {
    const words = splitWords(ins.args.slice(ins.rest), escape).map((w) => ({ ...w, offset: w.offset + ins.rest }));
    const imageWord = words[0];
    const written = imageWord?.value ?? '';
    const exp = dockerfile_expand(written, vars, escape);
    const base = { written, offset: imageWord?.offset ?? 0, resolved: exp.value, unresolved: exp.unresolved };
    const single = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(written);
    const singleName = single?.[1] ?? single?.[2];
    if (singleName !== undefined && origins.has(singleName))
        base.origin = { name: singleName, ...origins.get(singleName) };
    const stage = { index: earlier.length, from: ins, base, instructions: [] };
    if (words.length >= 3 && words[1].value.toLowerCase() === 'as')
        stage.name = words[2].value;
    const parent = earlier.find((s) => s.name !== undefined && s.name.toLowerCase() === exp.value.toLowerCase());
    if (parent)
        stage.parent = parent.index;
    return stage;
}
/** The stage a build produces: the named target, or the last stage. */
function finalStage(staged, target) {
    if (target !== undefined && target !== '') {
        return staged.stages.find((s) => s.name !== undefined && s.name.toLowerCase() === target.toLowerCase());
    }
    return staged.stages[staged.stages.length - 1];
}
/** The stage and every earlier stage it is built FROM, nearest first. */
function lineage(staged, stage) {
    const out = [];
    const seen = new Set();
    let cur = stage;
    while (cur && !seen.has(cur.index)) {
        out.push(cur);
        seen.add(cur.index);
        cur = cur.parent === undefined ? undefined : staged.stages[cur.parent];
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/images/lint.ts




const SECRET_NAME_RE = /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|API_?KEY|PRIVATE_?KEY)$/i;
const REMOTE_RE = /^(?:https?|ftp):\/\/|^git@|^git:\/\//i;
function lintDockerfileSource(input) {
    const { file } = input;
    const df = parseDockerfile(input.source);
    const out = [];
    for (const p of df.problems)
        out.push(finding('images/dockerfile-syntax', file, p, p.message));
    for (const ins of df.instructions) {
        if (!KEYWORDS.has(ins.keyword)) {
            out.push(finding('images/dockerfile-syntax', file, ins, `unknown instruction "${ins.keyword}"`));
        }
    }
    const staged = stagesOf(df, input.buildArgs ?? {});
    for (const ins of staged.misplaced) {
        if (KEYWORDS.has(ins.keyword)) {
            out.push(finding('images/dockerfile-syntax', file, ins, `${ins.keyword} before the first FROM (only ARG may come before FROM)`));
        }
    }
    if (staged.stages.length === 0) {
        out.push(finding('images/dockerfile-syntax', file, { line: 1, column: 1 }, 'the Dockerfile has no FROM instruction'));
        return out;
    }
    for (const stage of staged.stages)
        out.push(...baseImageFindings(file, stage));
    const final = finalStage(staged, input.target);
    if (!final) {
        out.push(finding('images/dockerfile-syntax', file, { line: 1, column: 1 }, `target stage "${input.target}" is not defined in the Dockerfile`));
    }
    else {
        out.push(...userFindings(file, staged, final, df.escape));
        out.push(...healthcheckFindings(file, staged, final));
    }
    for (const ins of df.instructions) {
        if (ins.keyword === 'ADD')
            out.push(...remoteAddFindings(file, ins, df.escape));
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            out.push(...secretFindings(file, ins, df.escape));
    }
    return out;
}
function baseImageFindings(file, stage) {
    const { base, from } = stage;
    if (base.written === '')
        return [finding('images/dockerfile-syntax', file, from, 'FROM needs an image')];
    if (stage.parent !== undefined || base.resolved.toLowerCase() === 'scratch')
        return [];
    // Point at the text a person edits: the ARG default when the image comes from one.
    const at = base.origin?.kind === 'default' ? base.origin.at : from.at(base.offset);
    const via = base.origin ? ` (from ${base.origin.kind === 'default' ? 'the default of ARG' : 'the build arg'} ${base.origin.name})` : '';
    if (base.unresolved.length > 0 && base.resolved.replace(/[:@].*$/, '') === '') {
        return [
            finding('images/unpinned-base-image', file, from.at(base.offset), `base image "${base.written}" cannot be checked: ARG ${base.unresolved.join(', ')} has no default and no build arg`, {
                help: 'Give the ARG a pinned default (ARG BASE_IMAGE=busybox:1.37.0) so the file builds reproducibly on its own.',
            }),
        ];
    }
    const ref = splitReference(base.resolved);
    if (ref.digest !== undefined && isDigest(ref.digest))
        return [];
    if (ref.tag === undefined) {
        return [
            finding('images/unpinned-base-image', file, at, `base image "${base.resolved}"${via} has no tag or digest, so every build may get a different image`, {
                help: 'Pin the base image by tag (busybox:1.37.0) or better by digest (busybox@sha256:...).',
            }),
        ];
    }
    if (ref.tag.toLowerCase() === 'latest') {
        return [
            finding('images/latest-tag', file, at, `base image "${base.resolved}"${via} uses the "latest" tag, which moves without notice`, {
                help: 'Use a version tag or a digest.',
            }),
        ];
    }
    return [];
}
function userFindings(file, staged, final, escape) {
    for (const stage of lineage(staged, final)) {
        const users = stage.instructions.filter((i) => i.keyword === 'USER');
        const last = users[users.length - 1];
        if (!last)
            continue;
        const vars = stageVariables(stage, escape);
        const words = splitWords(last.args, escape);
        const exp = dockerfile_expand(words[0]?.value ?? '', vars, escape);
        const user = exp.value.split(':')[0].trim();
        if (user === 'root' || user === '0' || (user === '' && exp.unresolved.length === 0)) {
            return [
                finding('images/root-user', file, last.at(words[0]?.offset ?? 0), `the image runs as root (USER ${words[0]?.value ?? ''})`, {
                    help: 'Switch to an unprivileged user last, e.g. USER 65534:65534 (numeric works without /etc/passwd).',
                }),
            ];
        }
        return [];
    }
    return [
        finding('images/missing-user', file, final.from, 'the final stage never sets USER, so the container runs as the base image\'s user (usually root)', {
            help: 'Add USER with an unprivileged user after the steps that need root.',
        }),
    ];
}
function healthcheckFindings(file, staged, final) {
    let expose;
    for (const stage of lineage(staged, final)) {
        if (stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'))
            return [];
        expose ??= stage.instructions.find((i) => i.keyword === 'EXPOSE');
    }
    if (!expose)
        return [];
    return [
        finding('images/missing-healthcheck', file, expose, `the image exposes ${expose.args} but has no HEALTHCHECK, so nothing tells when the service is unhealthy`, {
            help: 'Add HEALTHCHECK CMD ... (or HEALTHCHECK NONE to say it is deliberate). Build with the docker format: the OCI image config has no healthcheck.',
        }),
    ];
}
function remoteAddFindings(file, ins, escape) {
    if (ins.heredocs.length > 0)
        return [];
    const sources = [];
    if (ins.json) {
        const srcs = ins.json.slice(0, -1);
        for (const s of srcs)
            sources.push({ value: s, offset: Math.max(ins.rest, ins.args.indexOf(JSON.stringify(s).slice(1, -1))) });
    }
    else {
        const words = splitWords(ins.args.slice(ins.rest), escape).map((w) => ({ value: w.value, offset: w.offset + ins.rest }));
        sources.push(...words.slice(0, -1));
    }
    return sources
        .filter((s) => REMOTE_RE.test(s.value))
        .map((s) => finding('images/remote-add', file, ins.at(s.offset), `ADD downloads ${s.value} at build time, unverified and uncached`, {
        help: 'Download it in a RUN step and check its SHA-256, or COPY it from a build stage that does.',
    }));
}
function secretFindings(file, ins, escape) {
    return keyValues(ins, escape)
        .filter((kv) => SECRET_NAME_RE.test(kv.key))
        .map((kv) => finding('images/secret-in-arg-or-env', file, ins.at(kv.keyOffset), `${ins.keyword} ${kv.key} looks like a secret; ${ins.keyword} values are kept in the image and its history`, {
        help: 'Pass secrets with RUN --mount=type=secret (buildx: --secret; buildah: --secret) instead.',
    }));
}
function stageVariables(stage, escape) {
    const vars = new Map();
    for (const ins of stage.instructions) {
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
            continue;
        for (const kv of keyValues(ins, escape))
            if (kv.value !== undefined)
                vars.set(kv.key, dockerfile_expand(kv.value, vars, escape).value);
    }
    return vars;
}

;// CONCATENATED MODULE: ./src/checks/images/plan.ts
// Which images to build: the `images:` list of .portarium-infra.yml when there is one, otherwise
// every `<dockerDir>/<name>/Dockerfile` under the root. The plan also becomes a GitHub matrix.





const DEFAULT_DOCKER_DIR = 'infra/docker';
const plan_CONFIG_FILE = '.portarium-infra.yml';
async function planImages(opts) {
    const root = external_node_path_default().resolve(opts.root);
    const configAbs = external_node_path_default().resolve(root, opts.configFile ?? plan_CONFIG_FILE);
    const configRel = toPosix(external_node_path_default().relative(root, configAbs));
    const dockerDir = opts.dockerDir ?? DEFAULT_DOCKER_DIR;
    const candidates = opts.images === undefined || opts.images === null
        ? await discover(root, dockerDir)
        : await fromConfig(root, dockerDir, readEntries(opts.images), configAbs, configRel);
    const findings = [];
    const images = [];
    const seen = new Map();
    for (const c of candidates) {
        if (c.missing) {
            findings.push(finding('images/missing-dockerfile', c.target.declaredAt.file, c.target.declaredAt, c.missing));
            continue;
        }
        const t = c.target;
        t.image = normalizeRepository(t.image || joinRepository(opts.registry, t.name));
        const problem = repositoryProblem(t.image);
        if (problem) {
            findings.push(finding('images/invalid-name', t.declaredAt.file, t.declaredAt, `image "${t.name}" -> "${t.image}": ${problem}`));
            continue;
        }
        const key = t.name.toLowerCase();
        const first = seen.get(key) ?? [...seen.values()].find((o) => o.image === t.image);
        if (first) {
            const what = first.name.toLowerCase() === key ? `name "${t.name}"` : `repository "${t.image}"`;
            findings.push(finding('images/duplicate-name', t.declaredAt.file, t.declaredAt, `image ${what} is already declared at ${first.declaredAt.file}:${first.declaredAt.line}`, {
                help: 'Give each image its own name: tags and the build manifest are keyed by it.',
            }));
            continue;
        }
        seen.set(key, t);
        t.buildArgs = { ...(opts.buildArgs ?? {}), ...t.buildArgs };
        if (t.platforms.length === 0 && opts.platforms)
            t.platforms = [...opts.platforms];
        images.push(t);
    }
    let selected = images;
    if (opts.only && opts.only.length > 0) {
        const known = new Set(candidates.map((c) => c.target.name.toLowerCase()));
        const unknown = opts.only.filter((n) => !known.has(n.toLowerCase()));
        if (unknown.length)
            throw new finding_UsageError(`unknown image ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${[...known].join(', ') || 'none'})`);
        const wanted = new Set(opts.only.map((n) => n.toLowerCase()));
        selected = images.filter((t) => wanted.has(t.name.toLowerCase()));
    }
    return { root, images: selected, matrix: { include: selected.map(matrixEntry) }, findings };
}
function matrixEntry(t) {
    const e = { name: t.name, image: t.image, context: t.context, dockerfile: t.dockerfile, platforms: t.platforms.join(',') };
    if (t.target !== undefined)
        e.target = t.target;
    return e;
}
function joinRepository(registry, name) {
    const prefix = (registry ?? '').trim().replace(/\/+$/, '');
    return prefix ? `${prefix}/${name}` : name;
}
async function discover(root, dockerDir) {
    const dir = external_node_path_default().resolve(root, dockerDir);
    let entries;
    try {
        entries = (await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
    const out = [];
    for (const name of entries) {
        const dockerfile = external_node_path_default().join(dir, name, 'Dockerfile');
        if (!(await isFile(dockerfile)))
            continue;
        const rel = toPosix(external_node_path_default().relative(root, dockerfile));
        out.push({
            target: {
                name,
                image: '',
                context: toPosix(external_node_path_default().relative(root, external_node_path_default().join(dir, name))) || '.',
                dockerfile: rel,
                buildArgs: {},
                platforms: [],
                declaredAt: { file: rel, line: 1, column: 1 },
            },
        });
    }
    return out;
}
function readEntries(value) {
    if (!Array.isArray(value))
        throw new finding_UsageError('images: must be a list of {name, context, dockerfile, target, build-args, platforms}');
    return value.map((raw, i) => {
        const where = `images[${i}]`;
        if (typeof raw === 'string')
            return { name: raw };
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            throw new finding_UsageError(`${where}: must be a mapping with at least "name"`);
        const e = raw;
        const known = new Set(['name', 'context', 'dockerfile', 'target', 'build-args', 'platforms', 'image']);
        for (const k of Object.keys(e))
            if (!known.has(k))
                throw new finding_UsageError(`${where}: unknown key "${k}" (expected ${[...known].join(', ')})`);
        const str = (k) => {
            const v = e[k];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v !== 'string' && typeof v !== 'number')
                throw new finding_UsageError(`${where}.${k}: must be a string`);
            return String(v);
        };
        const name = str('name');
        if (!name)
            throw new finding_UsageError(`${where}: "name" is required`);
        const entry = { name };
        for (const k of ['context', 'dockerfile', 'target', 'image']) {
            const v = str(k);
            if (v !== undefined)
                entry[k] = v;
        }
        const args = e['build-args'];
        if (args !== undefined && args !== null) {
            if (typeof args !== 'object' || Array.isArray(args))
                throw new finding_UsageError(`${where}.build-args: must map names to values`);
            for (const [k, v] of Object.entries(args)) {
                if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                    throw new finding_UsageError(`${where}.build-args.${k}: must be a string`);
            }
            entry['build-args'] = args;
        }
        const platforms = e['platforms'];
        if (platforms !== undefined && platforms !== null) {
            if (typeof platforms === 'string')
                entry.platforms = platforms;
            else if (Array.isArray(platforms) && platforms.every((p) => typeof p === 'string'))
                entry.platforms = platforms;
            else
                throw new finding_UsageError(`${where}.platforms: must be a list of platforms such as linux/amd64`);
        }
        return entry;
    });
}
async function fromConfig(root, dockerDir, entries, configAbs, configRel) {
    let text = '';
    try {
        text = await (0,promises_namespaceObject.readFile)(configAbs, 'utf8');
    }
    catch {
        // Findings then point at line 1 of the configuration file.
    }
    const occurrences = new Map();
    const out = [];
    for (const e of entries) {
        const n = occurrences.get(e.name) ?? 0;
        occurrences.set(e.name, n + 1);
        const declaredAt = { file: configRel, ...locateName(text, e.name, n) };
        const contextAbs = external_node_path_default().resolve(root, e.context ?? external_node_path_default().join(dockerDir, e.name));
        const dockerfileAbs = external_node_path_default().resolve(contextAbs, e.dockerfile ?? 'Dockerfile');
        const target = {
            name: e.name,
            image: e.image ?? '',
            context: toPosix(external_node_path_default().relative(root, contextAbs)) || '.',
            dockerfile: toPosix(external_node_path_default().relative(root, dockerfileAbs)),
            buildArgs: Object.fromEntries(Object.entries(e['build-args'] ?? {}).map(([k, v]) => [k, String(v)])),
            platforms: typeof e.platforms === 'string' ? e.platforms.split(',').map((p) => p.trim()).filter(Boolean) : [...(e.platforms ?? [])],
            declaredAt,
        };
        if (e.target !== undefined)
            target.target = e.target;
        const c = { target };
        if (!(await isDirectory(contextAbs)))
            c.missing = `image "${e.name}": build context ${target.context} does not exist`;
        else if (!(await isFile(dockerfileAbs)))
            c.missing = `image "${e.name}": Dockerfile ${target.dockerfile} does not exist`;
        out.push(c);
    }
    return out;
}
/** Line of the n-th `name: <value>` in the configuration text (1 when it cannot be found). */
function locateName(text, name, n) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^(\\s*(?:-\\s+)?)name:\\s*(["']?)${esc}\\2\\s*(?:#.*)?$`);
    let seen = 0;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = re.exec(lines[i]);
        if (!m)
            continue;
        if (seen++ === n) {
            const valueCol = lines[i].indexOf(name, m[1].length + 'name:'.length);
            return { line: i + 1, column: valueCol >= 0 ? valueCol + 1 : m[1].length + 1 };
        }
    }
    return { line: 1, column: 1 };
}
async function isFile(p) {
    try {
        return (await (0,promises_namespaceObject.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function isDirectory(p) {
    try {
        return (await (0,promises_namespaceObject.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/checks/images/metadata.ts
// Tags, OCI labels and annotations for an image, computed only from an injected context: the
// engine never looks at the environment, so the same inputs give the same tags in a push, a pull
// request, a workflow_dispatch or a workflow_call, and in tests.


const SEMVER_RE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemver(text) {
    const m = SEMVER_RE.exec(text.trim());
    if (!m)
        return undefined;
    const v = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
    if (m[4] !== undefined)
        v.prerelease = m[4];
    if (m[5] !== undefined)
        v.build = m[5];
    return v;
}
function semverTags(v) {
    const full = `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
    // Build metadata (+...) is not allowed in a tag; "+" becomes "_" by convention.
    const tags = [v.build ? `${full}_${v.build}` : full];
    if (!v.prerelease) {
        tags.push(`${v.major}.${v.minor}`);
        // 0.x makes no compatibility promise, so a bare "0" tag would mislead.
        if (v.major > 0)
            tags.push(String(v.major));
    }
    return tags;
}
function computeMetadata(ctx, image) {
    const inputs = ctx.inputs ?? {};
    const revision = (ctx.prHeadSha && ctx.prHeadSha.trim()) || ctx.sha.trim();
    if (!/^[0-9a-f]{7,64}$/i.test(revision))
        throw new finding_UsageError(`the commit SHA "${revision}" is not a hexadecimal commit id`);
    const shortLen = inputs.shortShaLength ?? 7;
    if (!Number.isInteger(shortLen) || shortLen < 4 || shortLen > 40)
        throw new finding_UsageError('the short SHA length must be between 4 and 40');
    const tags = [];
    let version;
    if (inputs.version !== undefined && inputs.version.trim() !== '') {
        const v = parseSemver(inputs.version);
        if (!v)
            throw new finding_UsageError(`version "${inputs.version}" is not a semantic version (1.2.3, v1.2.3, 1.2.3-rc.1)`);
        tags.push(...semverTags(v));
        version = tags[0];
    }
    const ref = ctx.ref.trim();
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const pr = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        const v = parseSemver(name);
        if (v && version === undefined) {
            tags.push(...semverTags(v));
            version = tags[0];
        }
        else if (!v) {
            const t = sanitizeTag(name);
            if (t) {
                tags.push(t);
                version ??= t;
            }
        }
    }
    else if (pr !== undefined) {
        tags.push(`pr-${pr}`);
        version ??= `pr-${pr}`;
    }
    else if (branch !== undefined) {
        const t = sanitizeTag(branch);
        if (t) {
            tags.push(t);
            version ??= t;
        }
    }
    const short = revision.slice(0, shortLen).toLowerCase();
    tags.push(`sha-${short}`, `sha-${revision.toLowerCase()}`);
    version ??= `sha-${short}`;
    if (inputs.latest === true && branch !== undefined && ctx.defaultBranch !== undefined && branch === ctx.defaultBranch) {
        tags.push('latest');
    }
    for (const t of inputs.tags ?? []) {
        const problem = tagProblem(t);
        if (problem)
            throw new finding_UsageError(`tag ${problem}`);
        tags.push(t);
    }
    const labels = {
        'org.opencontainers.image.created': ctx.created,
        'org.opencontainers.image.revision': revision,
        'org.opencontainers.image.version': version,
        'org.opencontainers.image.title': image.title ?? image.name,
    };
    if (ctx.repositoryUrl) {
        labels['org.opencontainers.image.source'] = ctx.repositoryUrl;
        labels['org.opencontainers.image.url'] = ctx.repositoryUrl;
    }
    if (inputs.licenses)
        labels['org.opencontainers.image.licenses'] = inputs.licenses;
    if (Number.isNaN(Date.parse(ctx.created)))
        throw new finding_UsageError(`created time "${ctx.created}" is not an RFC 3339 date`);
    return { tags: [...new Set(tags)], version, revision, labels, annotations: { ...labels } };
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/checks/images/manifest.ts
// The build manifest: what was built, by digest, for the deploy workflow to deploy by digest.


async function writeBuildManifest(file, manifest) {
    await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(file, JSON.stringify(manifest, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/checks/images/build.ts
// Builds every planned image with one builder: metadata from the injected context, the build and
// push, the manifest. A failed build or push becomes a finding at the failing instruction (or the
// image's declaration); the other images still build.










async function buildImages(opts) {
    const plan = opts.plan ?? (await planImages(opts));
    const redact = redactor(opts.credentials ?? []);
    const log = (line) => opts.log?.(redact(line));
    const findings = [...plan.findings];
    const meta = new Map();
    // Metadata first: a bad version input is a usage error before anything is built.
    for (const t of plan.images)
        meta.set(t.name, computeMetadata(opts.context, { name: t.name }));
    if (plan.images.length > 0 && opts.builder.version)
        log(`using ${await opts.builder.version()}`);
    const results = new Array(plan.images.length);
    let next = 0;
    const worker = async () => {
        for (;;) {
            const i = next++;
            if (i >= plan.images.length)
                return;
            const t = plan.images[i];
            results[i] = await buildOne(t, meta.get(t.name), opts, plan.root, log, findings, redact);
        }
    };
    const n = Math.max(1, Math.min(opts.concurrency ?? 1, plan.images.length || 1));
    await Promise.all(Array.from({ length: n }, worker));
    const manifest = { images: {} };
    for (const r of results) {
        if (!r.result)
            continue;
        manifest.images[r.name] = { image: r.result.image, digest: r.result.digest, tags: r.result.tags, platforms: r.result.platforms };
    }
    if (opts.manifestPath)
        await writeBuildManifest(opts.manifestPath, manifest);
    const checkResult = {
        check: 'images',
        findings,
        artifacts: opts.manifestPath ? { manifest: opts.manifestPath } : {},
        stats: {
            images: plan.images.length,
            built: results.filter((r) => r.status !== 'failed').length,
            pushed: results.filter((r) => r.status === 'pushed').length,
            failed: results.filter((r) => r.status === 'failed').length,
        },
        summaryMarkdown: summaryTable(results),
    };
    return { manifest, results, findings, checkResult };
}
async function buildOne(t, metadata, opts, root, log, findings, redact) {
    const start = external_node_perf_hooks_namespaceObject.performance.now();
    const base = { name: t.name, image: t.image, metadata };
    log(`==> ${opts.builder.kind}: ${t.name} -> ${t.image} (${metadata.tags.join(', ')})`);
    try {
        const req = {
            name: t.name,
            image: t.image,
            context: external_node_path_default().resolve(root, t.context),
            dockerfile: external_node_path_default().resolve(root, t.dockerfile),
            buildArgs: t.buildArgs,
            platforms: t.platforms,
            tags: metadata.tags,
            labels: metadata.labels,
            annotations: metadata.annotations,
            push: opts.push,
            credentials: opts.credentials ?? [],
            insecureRegistries: opts.insecureRegistries ?? [],
            tempDir: opts.tempDir,
            log: (l) => log(l),
            ...(t.target !== undefined ? { target: t.target } : {}),
        };
        const result = await opts.builder.build(req);
        return { ...base, status: result.pushed ? 'pushed' : 'built', result, durationMs: external_node_perf_hooks_namespaceObject.performance.now() - start };
    }
    catch (e) {
        if (!(e instanceof BuildFailure))
            throw e;
        const message = redact(e.message);
        if (e.phase === 'build') {
            const at = await failingInstruction(t, root, e);
            findings.push(finding('images/build-failed', t.dockerfile, at, `${t.name}: ${message}`, { help: redact(e.outputTail) }));
        }
        else {
            findings.push(finding('images/push-failed', t.declaredAt.file, t.declaredAt, `${t.name}: ${message}`, { help: redact(e.outputTail) }));
        }
        return { ...base, status: 'failed', error: message, durationMs: external_node_perf_hooks_namespaceObject.performance.now() - start };
    }
}
/** Maps what the builder said failed back to a line of the Dockerfile. */
async function failingInstruction(t, root, e) {
    let source;
    try {
        source = await (0,promises_namespaceObject.readFile)(external_node_path_default().resolve(root, t.dockerfile), 'utf8');
    }
    catch {
        return { line: 1, column: 1 };
    }
    const df = parseDockerfile(source);
    const { line, stage, step, instruction } = e.failedStep;
    if (line !== undefined) {
        const ins = df.instructions.find((i) => i.line <= line && line <= i.endLine);
        return ins ?? { line, column: 1 };
    }
    const staged = stagesOf(df, t.buildArgs);
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const text = (i) => norm(`${i.keyword} ${i.args}`);
    if (step !== undefined) {
        const s = staged.stages[(stage ?? 1) - 1];
        const candidate = s ? (step === 1 ? s.from : s.instructions[step - 2]) : undefined;
        if (candidate && (instruction === undefined || text(candidate).toLowerCase() === norm(instruction).toLowerCase()))
            return candidate;
    }
    if (instruction !== undefined) {
        const byText = df.instructions.find((i) => text(i).toLowerCase() === norm(instruction).toLowerCase());
        if (byText)
            return byText;
    }
    return { line: 1, column: 1 };
}
function summaryTable(results) {
    if (results.length === 0)
        return '';
    const rows = results.map((r) => {
        const digest = r.result?.digest ? `\`${r.result.digest}\`` : '';
        return `| ${r.name} | \`${r.image}\` | ${r.status} | ${digest} | ${r.metadata.tags.map((t) => `\`${t}\``).join(' ')} | ${(r.durationMs / 1000).toFixed(1)} s |`;
    });
    return ['| image | repository | status | digest | tags | time |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/tools/buildah-base.ts
// Makes a tiny base image from a static busybox (Debian's busybox-static) so images build with no
// network: FROM scratch, copy the binary, let it install its applet links, add passwd/group with
// root and nobody. Built with the same chroot isolation as every other build, so it needs neither
// root's mount namespace nor a daemon, and `--timestamp 0` makes it byte-identical on every machine.







const DOCKERFILE = (/* unused pure expression or super */ null && (`FROM scratch
COPY busybox /bin/busybox
COPY etc/ /etc/
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN ["/bin/busybox", "sh", "-c", "mkdir -p /tmp /root /home && chmod 1777 /tmp"]
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/sh"]
`));
/** `1.35.0` from `BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.` */
async function busyboxVersion(busybox = '/bin/busybox') {
    let out;
    try {
        out = (await promisify(execFile)(busybox, ['--help'], { encoding: 'utf8' })).stdout;
    }
    catch (e) {
        const err = e;
        if (err.code === 'ENOENT')
            throw new UsageError(`${busybox} not found: install Debian's busybox-static (scripts/tools/install-buildah.sh)`);
        out = err.stdout ?? '';
    }
    const m = /BusyBox v(\d+\.\d+\.\d+)/.exec(out);
    if (!m)
        throw new UsageError(`${busybox} does not look like busybox`);
    return m[1];
}
async function makeBusyboxBase(opts) {
    const run = opts.run ?? runCommand;
    const exe = opts.buildah ?? 'buildah';
    const env = opts.env ?? process.env;
    const busybox = opts.busybox ?? '/bin/busybox';
    const image = `${opts.repository ?? 'localhost/portarium-base'}:${opts.tag ?? (await busyboxVersion(busybox))}`;
    const global = buildahGlobalArgs(opts);
    const existing = await run(exe, [...global, 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', image], { env });
    if (existing.code === 0 && existing.stdout.trim())
        return { image, id: existing.stdout.trim(), created: false };
    const ctx = await mkdtemp(path.join(opts.tempDir, 'portarium-base-'));
    try {
        await copyFile(busybox, path.join(ctx, 'busybox'));
        await mkdir(path.join(ctx, 'etc'));
        await writeFile(path.join(ctx, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
        await writeFile(path.join(ctx, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
        await writeFile(path.join(ctx, 'Dockerfile'), DOCKERFILE);
        const iid = path.join(ctx, 'iid');
        const r = await run(exe, [...global, 'bud', '--isolation', 'chroot', '--pull=never', '--format', 'docker', '--timestamp', '0', '--iidfile', iid, '-t', image, ctx], { env });
        if (r.code !== 0)
            throw new UsageError(`making the base image ${image} failed: ${tail(r.output, 5)}`);
        return { image, id: (await readFile(iid, 'utf8')).trim(), created: true };
    }
    finally {
        await rm(ctx, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/checks/images/index.ts
// The images capability: plan (which images), lint (Dockerfile rules), build (metadata, builder,
// push, manifest). No @actions imports: the CLI, the action and the tests call these directly.
//
//   const plan = await planImages({ root, ...imageOptionsFromConfig(config.checks['images']) });
//   const lint = await lintDockerfiles({ root, plan });
//   const { manifest, findings } = await buildImages({
//     root, plan, builder: createBuilder({ kind: 'buildah' }), context, push: true,
//     credentials, tempDir: RUNNER_TEMP, manifestPath: 'build-manifest.json',
//   });




















/** One constructor for both builders; `kind` picks buildah (daemonless) or docker buildx. */
function createBuilder(choice) {
    if (choice.kind === 'buildah')
        return new BuildahBuilder(choice);
    if (choice.kind === 'docker')
        return new BuildxBuilder(choice);
    throw new finding_UsageError(`unknown builder "${choice.kind}" (expected buildah or docker)`);
}
/** Runs the Dockerfile rules over every planned image (plan findings included). */
async function lintDockerfiles(opts) {
    const plan = opts.plan ?? (await planImages(opts));
    const findings = [...plan.findings];
    const seen = new Set();
    let instructions = 0;
    for (const t of plan.images) {
        let source;
        try {
            source = await (0,promises_namespaceObject.readFile)(external_node_path_default().resolve(plan.root, t.dockerfile), 'utf8');
        }
        catch (e) {
            findings.push(finding('images/missing-dockerfile', t.declaredAt.file, t.declaredAt, `image "${t.name}": cannot read ${t.dockerfile} (${e.message})`));
            continue;
        }
        instructions += source.split('\n').length;
        const input = { file: t.dockerfile, source, buildArgs: t.buildArgs };
        if (t.target !== undefined)
            input.target = t.target;
        for (const f of lintDockerfileSource(input)) {
            // Two images built from one Dockerfile would otherwise report each problem twice.
            const key = `${f.rule}|${f.file}|${f.line}|${f.column}|${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(f);
        }
    }
    findings.sort(compareFindings);
    return {
        check: 'images',
        findings,
        artifacts: {},
        stats: { images: plan.images.length, dockerfiles: new Set(plan.images.map((t) => t.dockerfile)).size, lines: instructions },
    };
}
/**
 * Reads the `images:` section of .portarium-infra.yml (as the config loader hands it over) into
 * plan options: `images` (the list), `docker-dir`, `registry`, `platforms`, `build-args`.
 */
function imageOptionsFromConfig(section) {
    const out = {};
    if (!section)
        return out;
    const known = new Set(['images', 'docker-dir', 'registry', 'platforms', 'build-args']);
    for (const k of Object.keys(section)) {
        if (!known.has(k))
            throw new finding_UsageError(`images.${k}: unknown setting (expected ${[...known].join(', ')})`);
    }
    if (section['images'] !== undefined)
        out.images = section['images'];
    const str = (k) => {
        const v = section[k];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw new finding_UsageError(`images.${k}: must be a string`);
        return v;
    };
    const dockerDir = str('docker-dir');
    if (dockerDir !== undefined)
        out.dockerDir = dockerDir;
    const registry = str('registry');
    if (registry !== undefined)
        out.registry = registry;
    const platforms = section['platforms'];
    if (platforms !== undefined && platforms !== null) {
        if (typeof platforms === 'string')
            out.platforms = platforms.split(',').map((p) => p.trim()).filter(Boolean);
        else if (Array.isArray(platforms) && platforms.every((p) => typeof p === 'string'))
            out.platforms = platforms;
        else
            throw new finding_UsageError('images.platforms: must be a list such as [linux/amd64, linux/arm64]');
    }
    const args = section['build-args'];
    if (args !== undefined && args !== null) {
        if (typeof args !== 'object' || Array.isArray(args))
            throw new finding_UsageError('images.build-args: must map names to values');
        out.buildArgs = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/definitions/images.ts

/** In `check`, images are planned and linted only: building needs a builder and is an explicit step. */
const imagesCheck = {
    name: 'images',
    rules: rules_RULES,
    run: ({ root, config }) => lintDockerfiles({ root, ...imageOptionsFromConfig(config.checks['images']) }),
};

;// CONCATENATED MODULE: ./src/checks/registry.ts


const CHECKS = [composeCheck, imagesCheck];
const ALL_RULES = CHECKS.flatMap((c) => c.rules);

;// CONCATENATED MODULE: ./src/report/rules.ts
/** Applies the user's rule settings from `.portarium-infra.yml` to an engine's findings. */
function applyRuleSettings(findings, settings) {
    const out = [];
    for (const f of findings) {
        const setting = settings[f.rule];
        if (setting === 'off')
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}
function docsUrl(ruleId) {
    const check = ruleId.split('/')[0] ?? ruleId;
    return `docs/rules/${check}.md#${ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
}

;// CONCATENATED MODULE: ./src/report/budget.ts

/** GitHub shows at most this many annotations of each severity per step and drops the rest silently. */
const ANNOTATIONS_PER_SEVERITY = 10;
/**
 * Spends the per-step budget on the findings a reviewer most needs: the most severe first, and among
 * those the ones in files the pull request changed (when known), then in file/line order.
 */
function selectAnnotations(findings, changedFiles, perSeverity = ANNOTATIONS_PER_SEVERITY) {
    const inChange = (f) => (changedFiles && changedFiles.has(f.file) ? 0 : 1);
    const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || inChange(a) - inChange(b) || compareFindings(a, b));
    const used = { error: 0, warning: 0, notice: 0 };
    const hidden = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    for (const f of ordered) {
        if (used[f.severity] < perSeverity) {
            used[f.severity]++;
            shown.push(f);
        }
        else {
            hidden[f.severity]++;
        }
    }
    return { shown, hidden, hiddenTotal: hidden.error + hidden.warning + hidden.notice };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

// Escaping as the runner's workflow-command parser expects (actions/toolkit core command.ts).
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One `::error file=…,line=…::message` workflow command for a finding. */
function annotationCommand(f, pathPrefix = '') {
    const props = [
        ['file', pathPrefix + f.file],
        ['line', f.line],
        ['col', f.column],
        ['endLine', f.endLine],
        ['endColumn', f.endColumn],
        ['title', `${f.rule}`],
    ];
    const rendered = props
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${f.severity} ${rendered}::${escapeData(f.message)}`;
}
/**
 * The workflow commands for a step: the budgeted annotations, then a plain log line for every finding
 * that got none, so nothing is silently dropped.
 */
function renderAnnotations(findings, opts = {}) {
    const budget = selectAnnotations(findings, opts.changedFiles);
    const lines = budget.shown.map((f) => annotationCommand(f, opts.pathPrefix));
    if (budget.hiddenTotal > 0) {
        const shownSet = new Set(budget.shown);
        lines.push(`${budget.hiddenTotal} more finding(s) without annotation (GitHub shows 10 per severity per step): ` +
            `${budget.hidden.error} error(s), ${budget.hidden.warning} warning(s), ${budget.hidden.notice} notice(s):`);
        for (const f of findings) {
            if (!shownSet.has(f))
                lines.push(`  ${f.severity} ${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column} ${f.rule} ${oneLine(f.message)}`);
        }
    }
    return lines;
}
function oneLine(s) {
    return s.replace(/\s*\n\s*/g, ' ');
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** GitHub rejects a step summary over 1 MiB; stay well below it so appended sections still fit. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️', passed: '✅', failed: '❌', skipped: '⏭️' };
function escapeCell(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function countBy(findings) {
    const c = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        c[f.severity]++;
    return c;
}
/** Markdown for $GITHUB_STEP_SUMMARY: a table per check, the findings, then each check's own section. */
function renderSummary(results, opts) {
    const limit = opts.limitBytes ?? SUMMARY_LIMIT_BYTES;
    const all = results.flatMap((r) => r.findings);
    const parts = [`## ${opts.title}`, ''];
    parts.push('| Check | Status | Errors | Warnings | Notices |', '|---|---|---:|---:|---:|');
    for (const r of results) {
        const c = countBy(r.findings);
        const status = checkStatus(r, opts.failOn);
        parts.push(`| ${escapeCell(r.check)} | ${ICON[status]} ${status} | ${c.error} | ${c.warning} | ${c.notice} |`);
    }
    parts.push('');
    const budget = selectAnnotations(all, opts.changedFiles);
    if (budget.hiddenTotal > 0) {
        parts.push(`> ${budget.hiddenTotal} finding(s) got no annotation because GitHub shows at most 10 per severity per step; all are listed below.`, '');
    }
    const head = parts.join('\n');
    const sections = results.map((r) => r.summaryMarkdown).filter((s) => !!s);
    // The findings table gets what the fixed parts leave; the check sections are cut last.
    const sectionsText = sections.length ? '\n' + sections.join('\n\n') + '\n' : '';
    const reserve = Math.min(byteLength(sectionsText), Math.floor(limit / 3));
    const table = renderFindingsTable(all, limit - byteLength(head) - reserve - 512, opts.findingsFile);
    let out = head + '\n' + table;
    const room = limit - byteLength(out) - 256;
    out += truncateToBytes(sectionsText, room, '\n\n_(remaining summary sections cut to stay under GitHub’s 1 MiB step-summary limit)_\n');
    return out;
}
function renderFindingsTable(findings, budgetBytes, findingsFile) {
    if (findings.length === 0)
        return '_No findings._\n';
    const rows = ['| | Location | Rule | Message |', '|---|---|---|---|'];
    let used = byteLength(rows.join('\n'));
    const sorted = [...findings].sort(compareFindings);
    let shown = 0;
    for (const f of sorted) {
        const row = `| ${ICON[f.severity]} | \`${escapeCell(f.file)}:${f.line}\` | \`${f.rule}\` | ${escapeCell(f.message)} |`;
        if (used + byteLength(row) + 1 > budgetBytes)
            break;
        rows.push(row);
        used += byteLength(row) + 1;
        shown++;
    }
    if (shown < sorted.length) {
        rows.push('', `_${sorted.length - shown} more finding(s) not shown here to stay under the 1 MiB summary limit${findingsFile ? `; all are in \`${findingsFile}\`` : ''}._`);
    }
    return rows.join('\n') + '\n';
}
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Cuts text to at most `max` UTF-8 bytes on a line boundary, adding `note` when it cuts. */
function truncateToBytes(text, max, note) {
    if (byteLength(text) <= max)
        return text;
    const room = Math.max(0, max - byteLength(note));
    let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
    // A split multi-byte character decodes to U+FFFD; drop it along with the partial line.
    const nl = cut.lastIndexOf('\n');
    cut = nl > 0 ? cut.slice(0, nl) : '';
    return cut + note;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0 for GitHub code scanning: one run, one tool, rules with their default levels. */
function renderSarif(results, opts) {
    const findings = results.flatMap((r) => r.findings);
    const ruleIds = [...new Set([...opts.rules.map((r) => r.id), ...findings.map((f) => f.rule)])].sort();
    const known = new Map(opts.rules.map((r) => [r.id, r]));
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'portarium-infra',
                        version: opts.toolVersion,
                        informationUri: opts.informationUri ?? 'https://github.com/portarium/infra-actions',
                        rules: ruleIds.map((id) => {
                            const def = known.get(id);
                            return {
                                id,
                                name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c) => c.toUpperCase()),
                                shortDescription: { text: def?.description ?? id },
                                helpUri: docsUrl(id),
                                defaultConfiguration: { level: LEVEL[def?.severity ?? 'warning'] },
                            };
                        }),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: opts.srcRoot ?? '' } },
                results: findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: ruleIndex.get(f.rule),
                    level: LEVEL[f.severity],
                    message: { text: f.help ? `${f.message}\n${f.help}` : f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: Math.max(1, f.line),
                                    startColumn: Math.max(1, f.column),
                                    ...(f.endLine ? { endLine: f.endLine } : {}),
                                    ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                                },
                            },
                        },
                    ],
                    partialFingerprints: { primaryLocationLineHash: `${f.rule}:${f.file}:${f.line}` },
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** The CLI's and the actions' machine-readable output (documented in the README). */
function renderJson(results, failOn) {
    return {
        findings: results.flatMap((r) => r.findings).sort(compareFindings),
        checks: results.map((r) => ({ name: r.check, status: checkStatus(r, failOn), stats: r.stats })),
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts

const COLOR = {
    error: '\x1b[31m',
    warning: '\x1b[33m',
    notice: '\x1b[36m',
    bold: '\x1b[1m',
    dim: '\x1b[2m',
    green: '\x1b[32m',
};
const RESET = '\x1b[0m';
/** Human output in the `file:line:col severity rule message` form editors and terminals link. */
function renderText(results, opts) {
    const paint = (c, s) => (opts.color ? COLOR[c] + s + RESET : s);
    const lines = [];
    const findings = results.flatMap((r) => r.findings).sort(compareFindings);
    for (const f of findings) {
        lines.push(`${paint('bold', `${opts.pathPrefix ?? ''}${f.file}:${f.line}:${f.column}`)} ${paint(f.severity, f.severity)} ${f.message} ${paint('dim', f.rule)}`);
        if (f.help)
            lines.push(`    ${paint('dim', f.help)}`);
    }
    if (findings.length)
        lines.push('');
    for (const r of results) {
        const status = checkStatus(r, opts.failOn);
        const counts = { error: 0, warning: 0, notice: 0 };
        for (const f of r.findings)
            counts[f.severity]++;
        const stats = Object.entries(r.stats)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ');
        const mark = status === 'passed' ? paint('green', '✔') : paint('error', '✖');
        lines.push(`${mark} ${r.check}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)${stats ? ` — ${stats}` : ''}`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/index.ts









;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by a unit test; bundles cannot read package.json at run time. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/git-context.ts

/**
 * The build context of a laptop run, read from git: the commit time as `created` keeps rebuilds of
 * the same commit byte-identical and cacheable.
 */
function localBuildContext(root, inputs) {
    const git = (...args) => {
        try {
            return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        }
        catch {
            return '';
        }
    };
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    return {
        eventName: 'local',
        ref: branch && branch !== 'HEAD' ? `refs/heads/${branch}` : '',
        sha: git('rev-parse', 'HEAD') || '0000000000000000000000000000000000000000',
        created: git('log', '-1', '--format=%cI') || new Date().toISOString(),
        ...(inputs ? { inputs } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/images.ts






/** `portarium-infra images`: plan and lint by default; `--build` builds, `--push REGISTRY` also pushes. */
async function runImages(ctx, flags, log) {
    const options = imageOptionsFromConfig(ctx.config.checks['images']);
    if (flags.push)
        options.registry = flags.push;
    if (flags.image?.length)
        options.only = flags.image;
    const plan = await planImages({ root: ctx.root, ...options });
    for (const t of plan.images)
        log(`image ${t.name}: ${t.image || '(invalid name)'} from ${t.dockerfile}${t.platforms.length ? ` [${t.platforms.join(', ')}]` : ''}\n`);
    const lint = await lintDockerfiles({ root: ctx.root, ...options, plan });
    if (!flags.build && !flags.push)
        return lint;
    const kind = flags.builder ?? 'buildah';
    if (kind !== 'buildah' && kind !== 'docker')
        throw new finding_UsageError(`--builder must be buildah or docker (got "${kind}")`);
    const tempDir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'portarium-images-'));
    try {
        const built = await buildImages({
            root: ctx.root,
            ...options,
            plan,
            builder: kind === 'buildah' ? createBuilder({ kind }) : createBuilder({ kind, provenance: false, sbom: false }),
            context: localBuildContext(ctx.root, flags.version ? { version: flags.version } : undefined),
            push: !!flags.push,
            insecureRegistries: flags.insecureRegistry ?? [],
            tempDir,
            ...(flags.manifest ? { manifestPath: external_node_path_default().resolve(flags.manifest) } : {}),
            log: (line) => log(`  ${line}\n`),
        });
        for (const r of built.results)
            log(`${r.status} ${r.image}${r.result ? `@${r.result.digest}` : ''}\n`);
        return { ...lint, findings: [...lint.findings, ...built.findings.filter((f) => !lint.findings.includes(f))] };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(tempDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cli/output.ts





function parseFormat(v) {
    const f = v ?? 'text';
    if (f === 'text' || f === 'json' || f === 'sarif' || f === 'github')
        return f;
    throw new finding_UsageError(`--format must be text, json, sarif or github (got "${f}")`);
}
/** Renders results in the chosen format on stdout, and the side files the user asked for. */
async function writeResults(results, opts, out) {
    const withPrefix = (rs) => opts.pathPrefix ? rs.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, file: opts.pathPrefix + f.file })) })) : rs;
    switch (opts.format) {
        case 'text':
            out(renderText(results, { color: opts.color, failOn: opts.failOn, pathPrefix: opts.pathPrefix }));
            break;
        case 'json':
            // JSON keeps paths relative to the scanned root, the documented contract.
            out(JSON.stringify(renderJson(results, opts.failOn), null, 2) + '\n');
            break;
        case 'sarif':
            out(JSON.stringify(renderSarif(withPrefix(results), { toolVersion: VERSION, rules: ALL_RULES }), null, 2) + '\n');
            break;
        case 'github': {
            for (const line of renderAnnotations(results.flatMap((r) => r.findings), { pathPrefix: opts.pathPrefix }))
                out(line + '\n');
            const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
            if (summaryFile)
                (0,external_node_fs_namespaceObject.appendFileSync)(summaryFile, renderSummary(withPrefix(results), { title: 'portarium-infra', failOn: opts.failOn }));
            break;
        }
    }
    if (opts.sarifFile) {
        await (0,promises_namespaceObject.writeFile)(opts.sarifFile, JSON.stringify(renderSarif(withPrefix(results), { toolVersion: VERSION, rules: ALL_RULES }), null, 2) + '\n');
    }
    if (opts.jsonFile)
        await (0,promises_namespaceObject.writeFile)(opts.jsonFile, JSON.stringify(renderJson(results, opts.failOn), null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts









const USAGE = `Usage: portarium-infra <command> [options] [PATH]

Commands:
  check [PATH]            run every check on PATH (default: .)
  compose [PATH]          validate Docker Compose projects
      -f, --file FILE         compose file, in merge order (repeatable; default: discover in PATH)
      --env-file FILE         env file replacing PATH/.env (repeatable)
      --profile NAME          activate a profile (repeatable)
  images [PATH]           plan the images and lint their Dockerfiles
      --build                 also build them (buildah by default)
      --push REGISTRY         build and push to REGISTRY (e.g. ghcr.io/org)
      --builder buildah|docker, --image NAME (repeatable), --release X.Y.Z (semver tags),
      --manifest FILE (write the build manifest), --insecure-registry HOST (repeatable)

Options for every command:
  --format text|json|sarif|github   output format (default: text)
  --fail-on error|warning|never     which findings make the exit code 1 (default: error)
  --config FILE                     configuration (default: PATH/.portarium-infra.yml)
  --sarif-file FILE                 also write SARIF 2.1.0 to FILE
  --json-file FILE                  also write the JSON report to FILE
  --no-color                        no colour even on a terminal
  -h, --help, --version

Exit status: 0 no error findings, 1 findings at or above --fail-on, 2 usage, configuration or internal error.
`;
const COMMON = {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'sarif-file': { type: 'string' },
    'json-file': { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
const COMMAND_OPTIONS = {
    check: {},
    compose: {
        file: { type: 'string', short: 'f', multiple: true },
        'env-file': { type: 'string', multiple: true },
        profile: { type: 'string', multiple: true },
    },
    images: {
        build: { type: 'boolean' },
        push: { type: 'string' },
        builder: { type: 'string' },
        image: { type: 'string', multiple: true },
        release: { type: 'string' },
        manifest: { type: 'string' },
        'insecure-registry': { type: 'string', multiple: true },
    },
};
/** Runs the CLI and returns its exit status; never throws. */
async function main(argv, io) {
    try {
        return await dispatch(argv, io);
    }
    catch (e) {
        if (e instanceof finding_UsageError) {
            io.stderr(`portarium-infra: ${e.message}\n`);
            return 2;
        }
        // An internal error still gets one line; the stack only when asked for.
        io.stderr(`portarium-infra: internal error: ${e?.message ?? String(e)}\n`);
        if (io.env['PORTARIUM_DEBUG'])
            io.stderr(`${e?.stack ?? ''}\n`);
        return 2;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') {
        io.stdout(USAGE);
        return command ? 0 : 2;
    }
    if (command === '--version') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const extra = COMMAND_OPTIONS[command];
    if (!extra)
        throw new finding_UsageError(`unknown command "${command}"\n\n${USAGE}`);
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: rest, options: { ...COMMON, ...extra }, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new finding_UsageError(e.message);
    }
    const { values, positionals } = parsed;
    if (values['help']) {
        io.stdout(USAGE);
        return 0;
    }
    if (values['version']) {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    if (positionals.length > 1)
        throw new finding_UsageError(`expected at most one PATH, got ${positionals.length}`);
    const root = resolveRoot(external_node_path_default().resolve(io.cwd, positionals[0] ?? '.'));
    const config = await loadConfig(root, values['config']);
    const failOn = parseFailOn(values['fail-on'], config.failOn ?? 'error');
    const format = parseFormat(values['format']);
    const ctx = { root, config, env: io.env };
    let results;
    if (command === 'check') {
        results = [];
        for (const check of CHECKS)
            results.push(await check.run(ctx));
    }
    else if (command === 'images') {
        results = [
            await runImages(ctx, {
                build: !!values['build'],
                push: values['push'],
                builder: values['builder'],
                image: values['image'],
                version: values['release'],
                manifest: values['manifest'],
                insecureRegistry: values['insecure-registry'],
            }, format === 'text' ? io.stderr : () => { }),
        ];
    }
    else {
        const flags = {};
        if (values['file'])
            flags['files'] = values['file'].map((f) => resolveInside(root, io.cwd, f, '--file'));
        if (values['env-file'])
            flags['env-files'] = values['env-file'].map((f) => external_node_path_default().resolve(io.cwd, f));
        if (values['profile'])
            flags['profiles'] = values['profile'];
        results = [await runOne(command, withSection(ctx, command, flags))];
    }
    results = results.map((r) => ({ ...r, findings: applyRuleSettings(r.findings, config.rules) }));
    const rel = external_node_path_default().relative(io.cwd, root);
    await writeResults(results, {
        format,
        failOn,
        color: io.isTTY && !values['no-color'] && !io.env['NO_COLOR'],
        pathPrefix: rel && !rel.startsWith('..') ? rel.split((external_node_path_default()).sep).join('/') + '/' : '',
        sarifFile: values['sarif-file'],
        jsonFile: values['json-file'],
    }, io.stdout);
    return shouldFail(results.flatMap((r) => r.findings), failOn) ? 1 : 0;
}
/** Command-line flags win over the same settings in .portarium-infra.yml. */
function withSection(ctx, check, flags) {
    const section = { ...ctx.config.checks[check], ...flags };
    return { ...ctx, config: { ...ctx.config, checks: { ...ctx.config.checks, [check]: section } } };
}
function runOne(name, ctx) {
    const check = CHECKS.find((c) => c.name === name);
    if (!check)
        throw new finding_UsageError(`unknown check "${name}"`);
    return check.run(ctx);
}
function resolveRoot(p) {
    let st;
    try {
        st = (0,external_node_fs_namespaceObject.statSync)(p);
    }
    catch {
        throw new finding_UsageError(`${p}: no such directory`);
    }
    if (!st.isDirectory())
        throw new finding_UsageError(`${p}: PATH must be a directory`);
    return (0,external_node_fs_namespaceObject.realpathSync)(p);
}
/** A file given on the command line must live inside the scanned root: findings are relative to it. */
function resolveInside(root, cwd, file, flag) {
    const abs = external_node_path_default().resolve(cwd, file);
    let real = abs;
    try {
        real = (0,external_node_fs_namespaceObject.realpathSync)(abs);
    }
    catch {
        // A missing file is reported by the check with its name; only the location is judged here.
    }
    const rel = external_node_path_default().relative(root, real);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        throw new finding_UsageError(`${flag} ${file}: refused, the file is outside ${root}`);
    return real;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
