// connect-audit, bundled by scripts/bundle.mjs from src/ and rules/ with esbuild. Do not edit:
// run `node scripts/bundle.mjs` after changing the sources (test/bundle.test.ts checks it).
const __connectAuditBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// connect-audit-empty:child_process
var require_child_process = __commonJS({
  "connect-audit-empty:child_process"(exports2, module2) {
    module2.exports = {};
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output2 = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output2 = output2.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output2 = output2.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output2 = output2.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output2 = output2.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output2 = output2.concat(this.formatItemList(group, commandList, helper));
        });
        return output2.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance2(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance2(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require_child_process();
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue2) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue2).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue2) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue2).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue2).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue2) {
        return this._optionEx({}, flags, description, parseArg, defaultValue2);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue2) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue2
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName2) {
          const localBin = path.resolve(baseDir, baseName2);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName2))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// src/cli/errors.ts
var UsageError;
var init_errors = __esm({
  "src/cli/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
    };
  }
});

// src/util/package-root.ts
function packageInfo() {
  if (cached) return cached;
  let directory = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__connectAuditBundleUrl));
  for (; ; ) {
    const manifest2 = (0, import_node_path.join)(directory, "package.json");
    if ((0, import_node_fs.existsSync)(manifest2)) {
      const parsed = JSON.parse((0, import_node_fs.readFileSync)(manifest2, "utf8"));
      if (parsed.name === "connect-audit") return cached = { root: directory, version: parsed.version ?? "0.0.0" };
    }
    const parent = (0, import_node_path.dirname)(directory);
    if (parent === directory) throw new Error("cannot find the connect-audit package root");
    directory = parent;
  }
}
function packageVersion() {
  return true ? "0.1.0" : packageInfo().version;
}
var import_node_fs, import_node_path, import_node_url, cached;
var init_package_root = __esm({
  "src/util/package-root.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    import_node_url = require("node:url");
  }
});

// src/scan/worker-argument.ts
var PASS_ONE_WORKER_ARGUMENT;
var init_worker_argument = __esm({
  "src/scan/worker-argument.ts"() {
    "use strict";
    PASS_ONE_WORKER_ARGUMENT = "--connect-audit-pass-one-worker";
  }
});

// src/util/paths.ts
function toPosix(path) {
  return import_node_path2.sep === "/" ? path : path.split(import_node_path2.sep).join("/");
}
var import_node_path2;
var init_paths = __esm({
  "src/util/paths.ts"() {
    "use strict";
    import_node_path2 = require("node:path");
  }
});

// src/util/error-name.ts
function errorName(error) {
  return error instanceof Error && /^\w+$/.test(error.name) ? error.name : "Error";
}
var init_error_name = __esm({
  "src/util/error-name.ts"() {
    "use strict";
  }
});

// src/util/code-paths.ts
function noteCodePath(name) {
  used.add(name);
}
function codePathsUsed() {
  return [...used];
}
function noteUnusualRun() {
  unusual = true;
}
function isUnusualRun() {
  return unusual;
}
var used, unusual;
var init_code_paths = __esm({
  "src/util/code-paths.ts"() {
    "use strict";
    used = /* @__PURE__ */ new Set();
    unusual = false;
  }
});

// src/util/beside.ts
function setBesideLoader(load) {
  loader = load;
}
function requireBeside(beside, fallback) {
  if (beside === void 0) return (0, import_node_module2.createRequire)(__connectAuditBundleUrl)(fallback);
  return loader !== void 0 ? loader(beside.replace(/^\.\//, "")) : (0, import_node_module2.createRequire)(__connectAuditBundleUrl)(beside);
}
function lazyBeside(beside, fallback) {
  let loaded;
  return () => loaded ??= requireBeside(beside, fallback);
}
var import_node_module2, loader;
var init_beside = __esm({
  "src/util/beside.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
  }
});

// src/util/v8-flags.ts
function setV8Flags(flags) {
  changed = true;
  (0, import_node_module3.createRequire)(__connectAuditBundleUrl)("node:v8").setFlagsFromString(flags);
}
function v8FlagsChanged() {
  return changed;
}
var import_node_module3, changed;
var init_v8_flags = __esm({
  "src/util/v8-flags.ts"() {
    "use strict";
    import_node_module3 = require("node:module");
    changed = false;
  }
});

// src/util/cache.ts
function cacheDirectory(env, platform = process.platform) {
  if (env.CONNECT_AUDIT_NO_CACHE) return void 0;
  const absolute = (path) => path && (0, import_node_path3.isAbsolute)(path) ? path : void 0;
  if (env.CONNECT_AUDIT_CACHE_DIR) return absolute(env.CONNECT_AUDIT_CACHE_DIR);
  if (platform === "win32") return absolute(env.LOCALAPPDATA) && (0, import_node_path3.join)(env.LOCALAPPDATA, "connect-audit", "Cache");
  const home = absolute(env.HOME);
  if (home === void 0) return void 0;
  if (platform === "darwin") return (0, import_node_path3.join)(home, "Library", "Caches", "connect-audit");
  return (0, import_node_path3.join)(absolute(env.XDG_CACHE_HOME) ?? (0, import_node_path3.join)(home, ".cache"), "connect-audit");
}
function usableCacheDirectory(env = process.env, cwd = workingFolder()) {
  const directory = cacheDirectory(env);
  if (directory === void 0 || cwd === void 0) return void 0;
  const key = `${directory}\0${cwd}`;
  if (!usable.has(key)) usable.set(key, checkedDirectory(directory, cwd, env.HOME));
  return usable.get(key);
}
function rememberUsableCacheDirectory(directory, env = process.env, cwd = workingFolder()) {
  const expected = cacheDirectory(env);
  if (expected !== void 0 && cwd !== void 0 && (directory === void 0 || directory === expected)) usable.set(`${expected}\0${cwd}`, directory);
}
function workingFolder() {
  try {
    return process.cwd();
  } catch {
    return void 0;
  }
}
function checkedDirectory(directory, cwd, home) {
  try {
    const working = import_node_fs3.realpathSync.native(cwd);
    if (isInside(realPathOf(directory), working) && !(home !== void 0 && (0, import_node_path3.isAbsolute)(home) && realPathOf(home) === working)) return void 0;
    (0, import_node_fs3.mkdirSync)(directory, { recursive: true, mode: 448 });
    const stats = (0, import_node_fs3.lstatSync)(directory);
    return stats.isDirectory() && isPrivate(stats) ? directory : void 0;
  } catch {
    return void 0;
  }
}
function realPathOf(path) {
  let existing = path;
  const rest = [];
  for (; ; ) {
    try {
      return (0, import_node_path3.join)(import_node_fs3.realpathSync.native(existing), ...rest.reverse());
    } catch {
      const parent = (0, import_node_path3.dirname)(existing);
      if (parent === existing) return path;
      rest.push((0, import_node_path3.basename)(existing));
      existing = parent;
    }
  }
}
function isInside(path, folder) {
  const inside = (0, import_node_path3.relative)(folder, path);
  return inside === "" || inside !== ".." && !inside.startsWith(`..${import_node_path3.sep}`) && !(0, import_node_path3.isAbsolute)(inside);
}
function readCacheEntry(directory, name) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)((0, import_node_path3.join)(directory, name), import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NOFOLLOW ?? 0));
    const stats = (0, import_node_fs3.fstatSync)(fd);
    if (!stats.isFile() || stats.size > MAX_ENTRY_BYTES || !isPrivate(stats)) return void 0;
    const buffer = Buffer.allocUnsafe(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read2 = (0, import_node_fs3.readSync)(fd, buffer, offset, buffer.length - offset, offset);
      if (read2 === 0) return void 0;
      offset += read2;
    }
    return buffer;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs3.closeSync)(fd);
  }
}
function writeCacheEntry(directory, name, data) {
  const temporary = (0, import_node_path3.join)(directory, `.${name}.${process.pid}.tmp`);
  try {
    (0, import_node_fs3.writeFileSync)(temporary, data, { flag: "wx", mode: 384 });
    (0, import_node_fs3.renameSync)(temporary, (0, import_node_path3.join)(directory, name));
    pruneCache(directory);
    return true;
  } catch {
    try {
      (0, import_node_fs3.unlinkSync)(temporary);
    } catch {
    }
    return false;
  }
}
function pruneCache(directory) {
  if (pruned.has(directory)) return;
  pruned.add(directory);
  const before = Date.now() - MAX_ENTRY_AGE_MS;
  for (const name of (0, import_node_fs3.readdirSync)(directory)) {
    if (!/^\.?(?:policy|v8)-/.test(name)) continue;
    try {
      const path = (0, import_node_path3.join)(directory, name);
      const stats = (0, import_node_fs3.lstatSync)(path);
      if (stats.isFile() && stats.mtimeMs < before && isPrivate(stats)) (0, import_node_fs3.unlinkSync)(path);
    } catch {
    }
  }
}
function isPrivate(stats) {
  if (typeof process.getuid !== "function") return true;
  return stats.uid === process.getuid() && (stats.mode & 63) === 0;
}
var import_node_fs3, import_node_path3, usable, MAX_ENTRY_BYTES, MAX_ENTRY_AGE_MS, pruned;
var init_cache = __esm({
  "src/util/cache.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    usable = /* @__PURE__ */ new Map();
    MAX_ENTRY_BYTES = 32 * 1024 * 1024;
    MAX_ENTRY_AGE_MS = 30 * 24 * 60 * 60 * 1e3;
    pruned = /* @__PURE__ */ new Set();
  }
});

// src/engine/finding.ts
var CLASSIFICATIONS;
var init_finding = __esm({
  "src/engine/finding.ts"() {
    "use strict";
    CLASSIFICATIONS = ["VALID", "BY-DESIGN", "OUT-OF-MODEL"];
  }
});

// src/rule-kit/types.ts
var SEVERITIES, ATTACKERS, POSTURES;
var init_types = __esm({
  "src/rule-kit/types.ts"() {
    "use strict";
    SEVERITIES = ["low", "medium", "high", "critical"];
    ATTACKERS = [
      "network-client",
      "authenticated-client",
      "rest-client",
      "repo-reader",
      "local-user",
      "operator",
      "cluster-peer"
    ];
    POSTURES = ["development", "production", "hardened"];
  }
});

// src/rule-kit/redact.ts
function redact(value) {
  const length = [...value].length;
  if (length === 0) return "(empty)";
  const prefix = length >= 8 ? [...value].slice(0, 2).join("") : "";
  return `${prefix}\u2026(${length} chars)`;
}
var init_redact = __esm({
  "src/rule-kit/redact.ts"() {
    "use strict";
  }
});

// src/rule-kit/index.ts
function lowerSeverity(severity) {
  return severity === "critical" ? "high" : severity === "high" ? "medium" : "low";
}
function defineRule(rule2) {
  return Object.freeze(rule2);
}
var init_rule_kit = __esm({
  "src/rule-kit/index.ts"() {
    "use strict";
    init_redact();
  }
});

// src/model/per-document.ts
function perDocument(compute) {
  const known = /* @__PURE__ */ new WeakMap();
  return (doc) => {
    let found = known.get(doc);
    if (found === void 0) known.set(doc, found = { value: compute(doc) });
    return found.value;
  };
}
var init_per_document = __esm({
  "src/model/per-document.ts"() {
    "use strict";
  }
});

// src/model/kafka/listeners.ts
function parseListeners(value) {
  const listeners = [];
  let offset = 0;
  for (const part of value.split(",")) {
    const leading = part.length - part.trimStart().length;
    const text = part.trim();
    const separator = text.indexOf("://");
    if (separator > 0) {
      const name = text.slice(0, separator);
      const address = text.slice(separator + 3);
      const colon = address.lastIndexOf(":");
      listeners.push({
        name,
        host: colon === -1 ? address : address.slice(0, colon).replace(/^\[|\]$/g, ""),
        port: colon === -1 ? "" : address.slice(colon + 1),
        text,
        offset: offset + leading
      });
    }
    offset += part.length + 1;
  }
  return listeners;
}
function parseProtocolMap(value) {
  const map = /* @__PURE__ */ new Map();
  if (!value) return map;
  for (const pair of value.split(",")) {
    const colon = pair.indexOf(":");
    if (colon === -1) continue;
    map.set(pair.slice(0, colon).trim().toUpperCase(), pair.slice(colon + 1).trim().toUpperCase());
  }
  return map;
}
function spanWithinValue(entry, offset, length) {
  const { valueSpan } = entry;
  if (valueSpan.line !== valueSpan.endLine || valueSpan.endColumn - valueSpan.column !== entry.value.length) return entry.span;
  return { line: valueSpan.line, column: valueSpan.column + offset, endLine: valueSpan.line, endColumn: valueSpan.column + offset + length };
}
var init_listeners = __esm({
  "src/model/kafka/listeners.ts"() {
    "use strict";
  }
});

// src/util/version.ts
function parseKafkaVersion(text) {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}
function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || comparePatches(a, b);
}
function comparePatches(a, b) {
  if (a.patchUnknown || b.patchUnknown) return a.patchUnknown && b.patchUnknown ? 0 : a.patchUnknown ? 1 : -1;
  return a.patch - b.patch;
}
function isPatchAtMost(version, major, minor, last) {
  return version.major === major && version.minor === minor && !version.patchUnknown && version.patch <= last;
}
function patchVerdict(version, affected4) {
  const newest = affected4(version);
  if (!version.patchUnknown) return newest ? "affected" : "fixed";
  const first = affected4({ major: version.major, minor: version.minor, patch: 0 });
  return first === newest ? newest ? "affected" : "fixed" : "maybe";
}
function withUnknownPatch(version) {
  return { major: version.major, minor: version.minor, patch: 0, patchUnknown: true };
}
function isAtLeast(version, since) {
  let bound = bounds.get(since);
  if (bound === void 0) {
    bound = parseKafkaVersion(since);
    if (!bound) throw new Error(`invalid version bound ${since}`);
    bounds.set(since, bound);
  }
  return compareVersions(version, bound) >= 0;
}
function formatVersion(version) {
  return `${version.major}.${version.minor}.${version.patchUnknown ? "x" : version.patch}`;
}
var NEWEST_KAFKA_VERSION, VERSION_PATTERN, bounds;
var init_version = __esm({
  "src/util/version.ts"() {
    "use strict";
    NEWEST_KAFKA_VERSION = Object.freeze({ major: 4, minor: 2, patch: 0 });
    VERSION_PATTERN = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$/;
    bounds = /* @__PURE__ */ new Map();
  }
});

// src/model/kafka/connect-worker.ts
function isLoopbackHost(host) {
  const lower = host.trim().toLowerCase();
  return LOOPBACK_HOSTS.has(lower) || /^127(\.\d{1,3}){3}$/.test(lower);
}
function toRestListeners(value) {
  return parseListeners(value).map((listener) => ({
    protocol: listener.name.toLowerCase(),
    host: listener.host,
    port: listener.port,
    text: listener.text,
    offset: listener.offset,
    loopback: isLoopbackHost(listener.host)
  }));
}
function restListeners(doc) {
  const entry = doc.get("listeners");
  if (entry && entry.value.trim() !== "") {
    if (isUnknownValue(entry)) return void 0;
    return { entry, listeners: toRestListeners(entry.value), source: "listeners" };
  }
  const host = doc.get("rest.host.name");
  const port = doc.get("rest.port");
  if (!isAtLeast(doc.kafkaVersion, "3.0") && (host || port)) {
    const text = `http://${host?.value.trim() ?? ""}:${port?.value.trim() ?? "8083"}`;
    return { entry: host ?? port, listeners: toRestListeners(text).map((listener) => ({ ...listener, offset: 0 })), source: "legacy" };
  }
  return { entry: void 0, listeners: toRestListeners("http://:8083"), source: "default" };
}
function adminListeners(doc) {
  const entry = doc.get("admin.listeners");
  if (!entry || isUnknownValue(entry)) return void 0;
  return { entry, listeners: entry.value.trim() === "" ? [] : toRestListeners(entry.value) };
}
function listValue(value) {
  if (value === void 0) return [];
  return value.split(",").map((item) => item.trim()).filter((item) => item !== "");
}
function restAuth(doc) {
  const entry = doc.get("rest.extension.classes");
  const extensions = listValue(entry?.value);
  const basic = extensions.some((name) => name === BASIC_AUTH_EXTENSION || name.endsWith(`.${BASIC_AUTH_EXTENSION}`));
  const initializerEntry = doc.get("rest.servlet.initializor.classes");
  const initializers = listValue(initializerEntry?.value);
  const authenticating = Boolean(isUnknownValue(entry)) || extensions.some((name) => !NON_AUTH_EXTENSIONS.some((pattern) => pattern.test(name))) || isUnknownValue(initializerEntry) || initializers.some((name) => AUTHENTICATING_INITIALIZERS.test(name));
  return { entry, extensions, initializers, basic, authenticating };
}
function restClientAuth(doc, prefix = "listeners.https.") {
  const prefixed = doc.withPrefix(prefix);
  const value = prefixed.length > 0 ? doc.get(`${prefix}ssl.client.auth`)?.value : doc.get("ssl.client.auth")?.value;
  return (value ?? "none").trim().toLowerCase();
}
function listenerRequiresClientCertificate(doc, listener, prefix = "listeners.https.") {
  return listener.protocol === "https" && restClientAuth(doc, prefix) === "required";
}
function isMirrorMakerConfig(doc) {
  return doc.has("clusters");
}
function isDistributedWorker(doc) {
  return DISTRIBUTED_KEYS.some((key) => doc.has(key));
}
function servesRestApi(doc) {
  return doc.hasRole("worker") && !isMirrorMakerConfig(doc);
}
function describeListener(listener) {
  const where = listener.host === "" || listener.host === "0.0.0.0" || listener.host === "::" ? "all interfaces" : listener.host;
  return `${listener.text} (${where})`;
}
function unauthenticatedRestListeners(doc) {
  if (!servesRestApi(doc) || restAuth(doc).authenticating) return [];
  const rest = restListeners(doc);
  if (!rest) return [];
  return rest.listeners.filter((listener) => !listener.loopback && !listenerRequiresClientCertificate(doc, listener));
}
function isUnknownValue(entry) {
  return entry !== void 0 && (entry.isProviderReference || entry.isTemplate === true);
}
var LOOPBACK_HOSTS, BASIC_AUTH_EXTENSION, NON_AUTH_EXTENSIONS, AUTHENTICATING_INITIALIZERS, DISTRIBUTED_KEYS;
var init_connect_worker = __esm({
  "src/model/kafka/connect-worker.ts"() {
    "use strict";
    init_version();
    init_listeners();
    LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["localhost", "ip6-localhost", "::1", "0:0:0:0:0:0:0:1"]);
    BASIC_AUTH_EXTENSION = "BasicAuthSecurityRestExtension";
    NON_AUTH_EXTENSIONS = [/\.ReplicatorMonitoringExtension$/];
    AUTHENTICATING_INITIALIZERS = /^io\.confluent\.common\.security\.jetty\.initializer\.(?:InstallOAuthSecurityHandler|InstallBearerOrBasicSecurityHandler|AuthenticationHandler)$/;
    DISTRIBUTED_KEYS = ["group.id", "config.storage.topic", "offset.storage.topic", "status.storage.topic"];
  }
});

// src/model/kafka/broker-listeners.ts
function isServerConfig(doc) {
  return (doc.hasRole("broker") || doc.hasRole("controller")) && SERVER_KEYS.some((key) => doc.has(key));
}
function isKRaft(doc) {
  const roles = doc.get("process.roles")?.value.trim();
  return roles !== void 0 && roles !== "";
}
function isZooKeeperMode(doc) {
  const connect = doc.get("zookeeper.connect")?.value.trim();
  return !isKRaft(doc) && connect !== void 0 && connect !== "";
}
function runsBroker(doc) {
  if (!isKRaft(doc)) return doc.hasRole("broker");
  return splitList(doc.get("process.roles").value).some((role) => role === "broker");
}
function isControllerOnly(doc) {
  return isKRaft(doc) && !runsBroker(doc);
}
function splitList(value) {
  return value.split(",").map((item) => item.trim()).filter((item) => item !== "");
}
function controllerListenerNames(doc) {
  const entry = doc.get("controller.listener.names");
  if (!entry || isUnknown(entry)) return [];
  return splitList(entry.value);
}
function effectiveProtocolMap(doc) {
  const explicit = doc.get("listener.security.protocol.map");
  if (isUnknown(explicit) || isUnknown(doc.get("listeners"))) return void 0;
  const map = parseProtocolMap(doc.effective("listener.security.protocol.map"));
  const implicit = /* @__PURE__ */ new Set();
  if (isKRaft(doc) && !explicit) {
    const sslOrSasl = (name) => name === "SSL" || name === "SASL_SSL" || name === "SASL_PLAINTEXT";
    const controllers = controllerListenerNames(doc);
    const listenerNames = parseListeners(doc.effective("listeners") ?? "").map((listener) => listener.name);
    if (!controllers.some(sslOrSasl) && !listenerNames.some(sslOrSasl)) {
      for (const name of controllers) {
        if (name === "PLAINTEXT") continue;
        map.set(name.toUpperCase(), "PLAINTEXT");
        implicit.add(name.toUpperCase());
      }
    }
  }
  return { map, implicit };
}
function protocolIn(name, protocols) {
  const upper = name.toUpperCase();
  const mapped = protocols.map.get(upper) ?? (PROTOCOLS.includes(upper) ? upper : void 0);
  return mapped !== void 0 && PROTOCOLS.includes(mapped) ? mapped : void 0;
}
function isCleartext(protocol) {
  return protocol !== void 0 && CLEARTEXT.includes(protocol);
}
function isTls(protocol) {
  return protocol === "SSL" || protocol === "SASL_SSL";
}
function isSasl(protocol) {
  return protocol === "SASL_PLAINTEXT" || protocol === "SASL_SSL";
}
function isLoopbackListener(listener) {
  return listener.listener !== void 0 && listener.listener.host !== "" && isLoopbackHost(listener.listener.host);
}
function listenerSpan(listener) {
  if (!listener.entry || !listener.listener) return void 0;
  return spanWithinValue(listener.entry, listener.listener.offset, listener.listener.text.length);
}
function interBrokerListenerName(doc) {
  const named = doc.get("inter.broker.listener.name");
  if (named) {
    if (isUnknown(named) || named.value.trim() === "") return void 0;
    return { upper: named.value.trim().toUpperCase(), key: named.key, entry: named };
  }
  const protocol = doc.get("security.inter.broker.protocol");
  if (isUnknown(protocol)) return void 0;
  return { upper: (protocol?.value ?? "PLAINTEXT").trim().toUpperCase(), key: "security.inter.broker.protocol", entry: protocol };
}
function listenerSetting(doc, listenerName, key, mechanism) {
  const prefix = `listener.name.${listenerName.toLowerCase()}.`;
  const candidates = mechanism ? [`${prefix}${mechanism.toLowerCase()}.${key}`, `${prefix}${key}`] : [`${prefix}${key}`];
  let ignored;
  for (const candidate of candidates) {
    const entry = doc.get(candidate);
    if (entry) return { key: candidate, entry, value: entry.value, source: "listener", ignored: void 0 };
    ignored ??= doc.effectiveEntries().find((other) => other.key !== candidate && other.key.toLowerCase() === candidate.toLowerCase());
  }
  const global = doc.get(key);
  if (global) return { key, entry: global, value: global.value, source: "global", ignored };
  return { key, entry: void 0, value: doc.effective(key), source: "default", ignored };
}
function ignoredNote(setting2) {
  return setting2.ignored ? ` (${setting2.ignored.key} is ignored: Kafka reads listener prefixes in lower case)` : "";
}
function unauthenticatedListeners(doc) {
  return openListeners(doc).filter((listener) => {
    if (listener.protocol === "PLAINTEXT") return true;
    if (listener.protocol !== "SSL") return false;
    const clientAuth = listenerSetting(doc, listener.name, "ssl.client.auth");
    if (isUnknown(clientAuth.entry)) return false;
    return (clientAuth.value ?? "none").trim().toLowerCase() !== "required";
  });
}
function groupBySetting(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const id = item.setting.entry ? `entry:${item.setting.key}` : `default:${item.setting.key}`;
    const group = groups.get(id) ?? { entry: item.setting.entry, key: item.setting.key, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.values()];
}
function listNames(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function isUnknown(entry) {
  return entry !== void 0 && (entry.isProviderReference || entry.isTemplate === true);
}
var PROTOCOLS, CLEARTEXT, SERVER_KEYS, serverListeners, openListeners;
var init_broker_listeners = __esm({
  "src/model/kafka/broker-listeners.ts"() {
    "use strict";
    init_per_document();
    init_listeners();
    init_connect_worker();
    PROTOCOLS = ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"];
    CLEARTEXT = ["PLAINTEXT", "SASL_PLAINTEXT"];
    SERVER_KEYS = [
      "broker.id",
      "node.id",
      "process.roles",
      "listeners",
      "advertised.listeners",
      "listener.security.protocol.map",
      "inter.broker.listener.name",
      "security.inter.broker.protocol",
      "controller.listener.names",
      "controller.quorum.voters",
      "controller.quorum.bootstrap.servers",
      "zookeeper.connect",
      "log.dirs",
      "log.dir",
      "num.partitions",
      "num.network.threads",
      "num.io.threads",
      "authorizer.class.name",
      "super.users",
      "sasl.enabled.mechanisms"
    ];
    serverListeners = perDocument((doc) => {
      const protocols = effectiveProtocolMap(doc);
      if (!protocols) return [];
      const entry = doc.get("listeners");
      const value = entry?.value ?? doc.effective("listeners") ?? "";
      const controllers = new Set(controllerListenerNames(doc).map((name) => name.toUpperCase()));
      const interBroker = runsBroker(doc) ? interBrokerListenerName(doc) : void 0;
      const out = [];
      const seen = /* @__PURE__ */ new Set();
      for (const listener of parseListeners(value)) {
        const upper = listener.name.toUpperCase();
        seen.add(upper);
        out.push({
          name: listener.name,
          upper,
          protocol: protocolIn(listener.name, protocols),
          implicitProtocol: protocols.implicit.has(upper),
          isController: controllers.has(upper),
          isInterBroker: interBroker?.upper === upper,
          listener,
          entry
        });
      }
      if (isKRaft(doc)) {
        for (const name of controllerListenerNames(doc)) {
          const upper = name.toUpperCase();
          if (seen.has(upper)) continue;
          seen.add(upper);
          out.push({
            name,
            upper,
            protocol: protocolIn(name, protocols),
            implicitProtocol: protocols.implicit.has(upper),
            isController: true,
            isInterBroker: false,
            listener: void 0,
            entry: void 0
          });
        }
      }
      return out;
    });
    openListeners = perDocument((doc) => serverListeners(doc).filter((listener) => listener.listener !== void 0));
  }
});

// rules/allow-everyone-if-no-acl.ts
var allow_everyone_if_no_acl_default;
var init_allow_everyone_if_no_acl = __esm({
  "rules/allow-everyone-if-no-acl.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    allow_everyone_if_no_acl_default = defineRule({
      id: "allow-everyone-if-no-acl",
      title: "Resources without ACLs are open to every principal",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "production",
      references: ["CWE-276", "https://kafka.apache.org/documentation/#security_authz"],
      cwe: [276],
      *check(doc) {
        const entry = doc.get("allow.everyone.if.no.acl.found");
        if (!entry || entry.value.trim().toLowerCase() !== "true") return;
        const authorizer = doc.get("authorizer.class.name");
        if (!authorizer || !isUnknown(authorizer) && authorizer.value.trim() === "") return;
        const open = unauthenticatedListeners(doc).map((listener) => listener.name);
        yield {
          entry,
          severity: open.length > 0 ? "critical" : "high",
          message: `With allow.everyone.if.no.acl.found=true every principal${open.length > 0 ? `, including User:ANONYMOUS on ${open.join(", ")},` : ""} may use any topic, group or cluster resource that has no ACL.`
        };
      }
    });
  }
});

// rules/authorizer-missing.ts
var authorizer_missing_default;
var init_authorizer_missing = __esm({
  "rules/authorizer-missing.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    authorizer_missing_default = defineRule({
      id: "authorizer-missing",
      title: "No authorizer: every client may perform every operation",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "production",
      references: ["CWE-862", "https://kafka.apache.org/documentation/#security_authz"],
      cwe: [862],
      *check(doc) {
        if (!isServerConfig(doc)) return;
        const entry = doc.get("authorizer.class.name");
        if (isUnknown(entry) || entry && entry.value.trim() !== "") return;
        const open = unauthenticatedListeners(doc).map((listener) => listener.name);
        const severity = open.length > 0 ? "critical" : "high";
        const who = open.length > 0 ? `every client, including unauthenticated ones on ${open.join(", ")},` : "every authenticated client";
        const what = isControllerOnly(doc) ? `the admin requests brokers forward to this controller (create and delete topics, alter configs and ACLs) are not authorized: ${who} may perform them` : `${who} may read, write and delete every topic, change configs and ACLs, and administer the cluster`;
        if (!entry) {
          yield { key: "authorizer.class.name", severity, message: `No authorizer.class.name is set, so Kafka authorizes nothing: ${what}.` };
        } else {
          yield { entry, severity, message: `The empty authorizer.class.name disables authorization: ${what}.` };
        }
      }
    });
  }
});

// src/model/kafka/broker-principals.ts
function parseSuperUsers(entry) {
  const out = [];
  let offset = 0;
  for (const part of entry.value.split(";")) {
    const principal = part.trim();
    if (principal !== "") out.push({ principal, offset: offset + (part.length - part.trimStart().length) });
    offset += part.length + 1;
  }
  return out;
}
function hasAuthorizer(authorizer) {
  return authorizer !== void 0 && (isUnknown(authorizer) || authorizer.value.trim() !== "");
}
var init_broker_principals = __esm({
  "src/model/kafka/broker-principals.ts"() {
    "use strict";
    init_broker_listeners();
  }
});

// rules/auto-create-topics-enabled.ts
var auto_create_topics_enabled_default;
var init_auto_create_topics_enabled = __esm({
  "rules/auto-create-topics-enabled.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_principals();
    auto_create_topics_enabled_default = defineRule({
      id: "auto-create-topics-enabled",
      title: "Clients create topics by naming them",
      severity: "low",
      component: "broker",
      appliesTo: ["broker"],
      attacker: "authenticated-client",
      posture: "hardened",
      references: ["CWE-770", "https://kafka.apache.org/documentation/#brokerconfigs_auto.create.topics.enable"],
      cwe: [770],
      *check(doc) {
        if (!runsBroker(doc) || !isServerConfig(doc)) return;
        const entry = doc.get("auto.create.topics.enable");
        if (isUnknown(entry)) return;
        if (entry && entry.value.trim().toLowerCase() !== "true") return;
        const open = !hasAuthorizer(doc.get("authorizer.class.name"));
        const severity = open ? "medium" : "low";
        const what = open ? "any client that produces to or fetches metadata for an unknown topic creates it, and without an authorizer nothing limits how many" : "a client with CREATE on the cluster or topic creates a topic by producing to or fetching metadata for an unknown name, so typos and scans turn into topics";
        if (!entry) {
          yield { key: "auto.create.topics.enable", severity, message: `No auto.create.topics.enable is set, so it is true: ${what}.` };
        } else {
          yield { entry, severity, message: `With auto.create.topics.enable=true, ${what}.` };
        }
      }
    });
  }
});

// src/util/chars.ts
function isSpace(code2) {
  if (code2 <= 32) return code2 === 32 || code2 >= 9 && code2 <= 13;
  if (code2 < 160) return false;
  return code2 === 160 || code2 === 5760 || code2 >= 8192 && code2 <= 8202 || code2 === 8232 || code2 === 8233 || code2 === 8239 || code2 === 8287 || code2 === 12288 || code2 === 65279;
}
function isAsciiLetter(code2) {
  const lower = code2 | 32;
  return lower >= 97 && lower <= 122;
}
function isAsciiDigit(code2) {
  return code2 >= 48 && code2 <= 57;
}
var init_chars = __esm({
  "src/util/chars.ts"() {
    "use strict";
  }
});

// src/model/kafka/jaas.ts
function parseJaasConfig(text) {
  const tokens2 = tokenize(text);
  const modules = [];
  let i = 0;
  while (i < tokens2.length) {
    const head = tokens2[i];
    if (head.kind !== "word") {
      i++;
      continue;
    }
    const flag = tokens2[i + 1];
    if (!flag || flag.kind !== "word" || !FLAGS.has(flag.text.toLowerCase())) {
      i++;
      continue;
    }
    const options = [];
    i += 2;
    while (i < tokens2.length && tokens2[i].kind !== "semicolon") {
      const name = tokens2[i];
      const equals = tokens2[i + 1];
      const value = tokens2[i + 2];
      if (name.kind === "word" && equals?.kind === "equals" && value && (value.kind === "word" || value.kind === "quoted")) {
        options.push({ name: name.text, value: value.text, valueOffset: value.offset, valueEnd: value.end, quoted: value.kind === "quoted" });
        i += 3;
      } else {
        i++;
      }
    }
    modules.push({ className: head.text, flag: flag.text, options, offset: head.offset });
    i++;
  }
  return modules;
}
function tokenize(text) {
  const tokens2 = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(text.charCodeAt(i))) {
      i++;
    } else if (c === "=") {
      tokens2.push({ kind: "equals", text: c, offset: i, end: ++i });
    } else if (c === ";") {
      tokens2.push({ kind: "semicolon", text: c, offset: i, end: ++i });
    } else if (c === "{" || c === "}") {
      tokens2.push({ kind: "brace", text: c, offset: i, end: ++i });
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      let value = "";
      while (end < text.length && text[end] !== c) {
        if (text[end] === "\\" && end + 1 < text.length) end++;
        value += text[end];
        end++;
      }
      tokens2.push({ kind: "quoted", text: value, offset: i + 1, end: Math.min(end, text.length) });
      i = end + 1;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close === -1 ? text.length : close + 2;
    } else {
      const start = i;
      while (i < text.length && !WORD_END.has(text[i]) && !isSpace(text.charCodeAt(i))) {
        if (text[i] === "$" && text[i + 1] === "{") {
          const close = text.indexOf("}", i + 2);
          i = close === -1 ? text.length : close + 1;
        } else {
          i++;
        }
      }
      tokens2.push({ kind: "word", text: text.slice(start, i), offset: start, end: i });
    }
  }
  return tokens2;
}
var FLAGS, WORD_END;
var init_jaas = __esm({
  "src/model/kafka/jaas.ts"() {
    "use strict";
    init_chars();
    FLAGS = /* @__PURE__ */ new Set(["required", "requisite", "sufficient", "optional"]);
    WORD_END = /* @__PURE__ */ new Set(["=", ";", "{", "}", '"', "'"]);
  }
});

// src/model/kafka/provider-reference.ts
function findProviderReferences(value) {
  const references = [];
  let start = value.indexOf("${");
  let close = -1;
  let colon = -1;
  let colonsLeft = true;
  while (start !== -1) {
    if (close < start) close = value.indexOf("}", start + 2);
    if (close === -1) break;
    if (colonsLeft && colon < start + 2) {
      colon = value.indexOf(":", start + 2);
      colonsLeft = colon !== -1;
    }
    if (colonsLeft && colon < close) {
      const second = value.indexOf(":", colon + 1);
      const hasPath = second !== -1 && second < close;
      references.push({
        provider: value.slice(start + 2, colon),
        path: hasPath ? value.slice(colon + 1, second) : void 0,
        key: value.slice(hasPath ? second + 1 : colon + 1, close),
        offset: start,
        text: value.slice(start, close + 1)
      });
    }
    start = value.indexOf("${", close + 1);
  }
  return references;
}
function hasProviderReference(value) {
  return value.includes("${") && findProviderReferences(value).length > 0;
}
var init_provider_reference = __esm({
  "src/model/kafka/provider-reference.ts"() {
    "use strict";
  }
});

// src/model/kafka/secret-keys.ts
function baseKey(key) {
  let rest = key;
  while (!KNOWN.has(rest)) {
    const dot = rest.indexOf(".");
    if (dot === -1) return key;
    rest = rest.slice(dot + 1);
  }
  return rest;
}
function secretKeyInfo(key) {
  const known = KNOWN.get(baseKey(key));
  if (known) return known;
  if (!endsLikeSecretWord(key)) return void 0;
  if (NOT_SECRET_NAME.test(key)) return void 0;
  const match = SECRET_NAME.exec(key) ?? CAMEL_SECRET_NAME.exec(key);
  if (!match) return void 0;
  const word = match[1].toLowerCase().replace(/[._-]/g, "");
  const privateKey = word === "privatekey";
  return {
    base: key,
    kind: privateKey ? "private key" : NAME_KINDS[word] ?? "secret",
    category: privateKey ? "private-key" : "password",
    source: "name",
    mayBePath: true
  };
}
function endsLikeSecretWord(key) {
  const tail = key.slice(-12).toLowerCase();
  return SECRET_WORD_ENDINGS.some((ending) => tail.endsWith(ending));
}
function isSecretKey(key) {
  return secretKeyInfo(key) !== void 0;
}
var KAFKA_KEYS, CONNECTOR_KEYS, IMAGE_KEYS, KNOWN, PASSWORD_KEYS, SECRET_NAME, CAMEL_SECRET_NAME, NOT_SECRET_NAME, SECRET_WORD_ENDINGS, NAME_KINDS;
var init_secret_keys = __esm({
  "src/model/kafka/secret-keys.ts"() {
    "use strict";
    KAFKA_KEYS = {
      "ssl.key.password": { kind: "private key password", category: "password" },
      "ssl.keystore.password": { kind: "keystore password", category: "password" },
      "ssl.truststore.password": { kind: "truststore password", category: "password", lowImpact: true },
      "ssl.keystore.key": { kind: "PEM private key", category: "private-key" },
      "ssl.keystore.certificate.chain": { kind: "PEM certificate chain", category: "certificate" },
      "ssl.truststore.certificates": { kind: "PEM trusted certificates", category: "certificate" },
      "sasl.jaas.config": { kind: "JAAS configuration", category: "jaas" },
      "sasl.oauthbearer.client.credentials.client.secret": { kind: "OAuth client secret", category: "password" },
      "sasl.oauthbearer.assertion.private.key.passphrase": { kind: "OAuth assertion private key passphrase", category: "password" },
      "delegation.token.secret.key": { kind: "delegation token secret key", category: "password" },
      "delegation.token.master.key": { kind: "delegation token master key", category: "password" },
      "password.encoder.secret": { kind: "password encoder secret", category: "password" },
      "password.encoder.old.secret": { kind: "old password encoder secret", category: "password" },
      "zookeeper.ssl.keystore.password": { kind: "ZooKeeper keystore password", category: "password" },
      "zookeeper.ssl.truststore.password": { kind: "ZooKeeper truststore password", category: "password", lowImpact: true },
      "basic.auth.user.info": { kind: "Schema Registry basic-auth credentials", category: "password" },
      "bearer.auth.token": { kind: "Schema Registry bearer token", category: "password" },
      "bearer.auth.client.secret": { kind: "Schema Registry OAuth client secret", category: "password" }
    };
    CONNECTOR_KEYS = {
      "connection.password": { kind: "connection password", category: "password" },
      "connection.password.secure": { kind: "connection password", category: "password" },
      "database.password": { kind: "database password", category: "password" },
      "mongodb.password": { kind: "MongoDB password", category: "password" },
      "aws.secret.access.key": { kind: "AWS secret access key", category: "password" },
      "aws.secret.key": { kind: "AWS secret access key", category: "password" },
      "s3.secret.access.key": { kind: "AWS secret access key", category: "password" },
      "aws.session.token": { kind: "AWS session token", category: "password" },
      "snowflake.private.key": { kind: "Snowflake private key", category: "private-key" },
      "snowflake.private.key.passphrase": { kind: "Snowflake private key passphrase", category: "password" },
      "snowflake.oauth.client.secret": { kind: "Snowflake OAuth client secret", category: "password" },
      "snowflake.oauth.refresh.token": { kind: "Snowflake OAuth refresh token", category: "password" },
      "elastic.password": { kind: "Elasticsearch password", category: "password" },
      "elastic.https.ssl.key.password": { kind: "Elasticsearch private key password", category: "password" },
      "elastic.https.ssl.keystore.password": { kind: "Elasticsearch keystore password", category: "password" },
      "elastic.https.ssl.truststore.password": { kind: "Elasticsearch truststore password", category: "password", lowImpact: true },
      "azure.storage.account.key": { kind: "Azure storage account key", category: "password" },
      "azblob.account.key": { kind: "Azure storage account key", category: "password" },
      "azure.cosmos.account.key": { kind: "Azure Cosmos DB key", category: "password" },
      "cosmos.master.key": { kind: "Azure Cosmos DB master key", category: "password" },
      "connect.cosmos.master.key": { kind: "Azure Cosmos DB master key", category: "password" },
      "gcs.credentials.json": { kind: "Google Cloud service account key", category: "password" },
      keyfile: { kind: "Google Cloud service account key", category: "password", mayBePath: true },
      "splunk.hec.token": { kind: "Splunk HEC token", category: "password" },
      "mq.password": { kind: "IBM MQ password", category: "password" },
      "redis.password": { kind: "Redis password", category: "password" },
      "neo4j.authentication.basic.password": { kind: "Neo4j password", category: "password" },
      "couchbase.password": { kind: "Couchbase password", category: "password" },
      "connection.bucket.password": { kind: "Couchbase bucket password", category: "password" },
      "ldap.java.naming.security.credentials": { kind: "LDAP bind password", category: "password" },
      "confluent.license": { kind: "Confluent license key", category: "password" },
      // Confluent components' client of the Metadata Service (RBAC), not Schema Registry's basic.auth.user.info.
      "confluent.metadata.basic.auth.user.info": { kind: "Metadata Service (MDS) basic-auth credentials", category: "password" },
      "http.auth.password": { kind: "HTTP password", category: "password" },
      "oauth2.client.secret": { kind: "OAuth client secret", category: "password" }
    };
    IMAGE_KEYS = {
      KAFKA_CLIENT_PASSWORDS: { kind: "SASL user passwords", category: "password" },
      KAFKA_INTER_BROKER_PASSWORD: { kind: "inter-broker SASL password", category: "password" },
      KAFKA_CONTROLLER_PASSWORD: { kind: "controller SASL password", category: "password" },
      KAFKA_ZOOKEEPER_PASSWORD: { kind: "ZooKeeper SASL password", category: "password" }
    };
    KNOWN = new Map([
      ...Object.entries(KAFKA_KEYS).map(([base, info]) => [base, { ...info, base, source: "kafka" }]),
      ...Object.entries(CONNECTOR_KEYS).map(([base, info]) => [base, { ...info, base, source: "connector" }]),
      ...Object.entries(IMAGE_KEYS).map(([base, info]) => [base, { ...info, base, source: "image" }])
    ]);
    PASSWORD_KEYS = new Set(Object.keys(KAFKA_KEYS));
    SECRET_NAME = /(?:^|[._-])(password|passwd|pwd|passphrase|secret|client[._-]?secret|api[._-]?secret|secret[._-]?key|secret[._-]?access[._-]?key|private[._-]?key|privatekey|api[._-]?key|apikey|access[._-]?token|auth[._-]?token|refresh[._-]?token|bearer[._-]?token|token|user[._-]?info|account[._-]?key|master[._-]?key|shared[._-]?access[._-]?key|sas[._-]?token|credentials?)$/i;
    CAMEL_SECRET_NAME = /(?<=[a-z0-9])(Password|Passwd|Pwd|Passphrase|Secret|ClientSecret|ApiSecret|SecretKey|SecretAccessKey|PrivateKey|ApiKey|AccessToken|AuthToken|RefreshToken|BearerToken|Token|UserInfo|AccountKey|MasterKey|SharedAccessKey|SasToken|Credentials?)$/;
    NOT_SECRET_NAME = /(?:^|[._-])ssl[._-](?:keystore|truststore|key)[._-]credentials$/i;
    SECRET_WORD_ENDINGS = ["password", "passwd", "pwd", "passphrase", "secret", "key", "token", "info", "credential", "credentials"];
    NAME_KINDS = {
      password: "password",
      passwd: "password",
      pwd: "password",
      passphrase: "passphrase",
      secret: "secret",
      clientsecret: "client secret",
      apisecret: "API secret",
      secretkey: "secret key",
      secretaccesskey: "secret access key",
      apikey: "API key",
      accesstoken: "access token",
      authtoken: "auth token",
      refreshtoken: "refresh token",
      bearertoken: "bearer token",
      token: "token",
      userinfo: "user credentials",
      accountkey: "account key",
      masterkey: "master key",
      sharedaccesskey: "shared access key",
      sastoken: "shared access signature token",
      credential: "credentials",
      credentials: "credentials"
    };
  }
});

// src/model/kafka/secret-patterns.ts
function enclosed(text, open, close, forbidden) {
  let start = text.indexOf(open);
  while (start !== -1) {
    const end = text.indexOf(close, start + open.length);
    if (end === -1) return false;
    const blocked = forbidden === void 0 ? -1 : text.lastIndexOf(forbidden, end - 1);
    if (blocked < start + open.length) return true;
    start = text.indexOf(open, blocked + 1);
  }
  return false;
}
function hasTemplate(text) {
  return enclosed(text, "${", "}", ":") || // ${VAR}, ${java.property}: no colon, so not a Kafka provider reference
  enclosed(text, "{{", "}}") || // Helm, Jinja, Go templates, Mustache
  enclosed(text, "{%", "%}") || // Jinja statements
  enclosed(text, "<%", "%>") || // ERB
  enclosed(text, "#{", "}");
}
function guarded(may, pattern) {
  return { may, pattern };
}
function matches(guard, text) {
  return guard.may(text) && guard.pattern.test(text);
}
function mayBeDescriptivePlaceholder(text) {
  const tail = text.slice(-14).toLowerCase();
  if (tail.endsWith("here") || tail.endsWith("placeholder")) return true;
  const bare = [tail, tail.replace(/s$/, ""), tail.replace(/ss$/, "")];
  return SECRET_NAME_ENDINGS.some((ending) => bare.some((word) => word.endsWith(ending)));
}
function normalizedWord(text) {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function judgeValue(value) {
  const start = value.length - value.trimStart().length;
  const text = value.trim();
  const at = (verdict, offset = start, length = text.length) => ({ verdict, offset, length });
  if (text === "") return at("empty");
  const shell = text.startsWith("${") ? SHELL_DEFAULT.exec(text) : null;
  if (shell) {
    const [, name, operator, fallback] = shell;
    if ((operator.endsWith("-") || operator.endsWith("=")) && fallback.trim() !== "") {
      const inner = judgeValue(fallback);
      const offset = start + 2 + name.length + operator.length;
      if (inner.verdict === "literal" || inner.verdict === "sample") return at(inner.verdict, offset + inner.offset, inner.length);
    }
    return at("template");
  }
  if (hasProviderReference(text)) return at("reference");
  if (hasTemplate(text) || TEMPLATE_PATTERNS.some((guard) => matches(guard, text))) return at("template");
  if (text.length > MAX_PLACEHOLDER_LENGTH) return at("literal");
  if (text.includes("***") || PLACEHOLDER_PATTERNS.some((guard) => matches(guard, text))) return at("placeholder");
  const connectionKey = CONNECTION_KEY.may(text) ? CONNECTION_KEY.pattern.exec(text) : null;
  if (connectionKey) {
    const verdict = judgeValue(connectionKey[1]).verdict;
    if (verdict !== "literal" && verdict !== "sample") return at("placeholder");
  }
  const word = normalizedWord(text);
  if (PLACEHOLDER_WORDS.has(word) || matches(DESCRIPTIVE, text)) return at("placeholder");
  if (SAMPLE_WORDS.has(word)) return at("sample");
  if (matches(ENVIRONMENT_NAME, text)) return at("placeholder");
  return at("literal");
}
function looksLikeNonSecretSetting(text) {
  const value = text.trim();
  if (/^(true|false|yes|no|on|off|enabled?|disabled?)$/i.test(value)) return true;
  if (/^(\/|\.\.?\/|~\/|[A-Za-z]:[\\/]|file:)/.test(value)) return true;
  if (/^[\w.-]+\.(jks|p12|pfx|pem|crt|cer|key|keytab|json|properties|txt|conf)$/i.test(value)) return true;
  if (/^([a-z_][\w$]*\.)+[A-Z][\w$]*$/.test(value)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value)) return true;
  return false;
}
function isJaasText(key, value) {
  return secretKeyInfo(key)?.category === "jaas" || value.toLowerCase().includes("loginmodule") && LOGIN_MODULE.test(value);
}
function secretsInEntry(entry) {
  const cached2 = entryCache.get(entry);
  if (cached2) return cached2;
  const found = [
    ...byKey(entry),
    ...inJaas(entry.key, entry.value),
    ...inUrls(entry.value),
    ...privateKeys(entry.value),
    ...tokens(entry.value),
    ...jvmProperties(entry.value)
  ];
  const kept = [];
  for (const secret of [...found].sort((a, b) => b.length - a.length || a.offset - b.offset)) {
    const inside = kept.some((other) => secret.offset >= other.offset && secret.offset + secret.length <= other.offset + other.length);
    if (!inside) kept.push(secret);
  }
  const result = kept.sort((a, b) => a.offset - b.offset || compareText(a.rule, b.rule));
  entryCache.set(entry, result);
  return result;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function byKey(entry) {
  const info = secretKeyInfo(entry.key);
  if (!info || info.category === "jaas" || info.category === "certificate") return [];
  let judged = judgeValue(entry.value);
  if (judged.verdict !== "literal" && judged.verdict !== "sample") return [];
  const literal2 = entry.value.slice(judged.offset, judged.offset + judged.length);
  if ((info.mayBePath || info.source === "name") && looksLikeNonSecretSetting(literal2)) return [];
  if (/(^|\.)user\.info$/.test(info.base) || /user[._-]?info$/i.test(entry.key)) {
    const colon = literal2.indexOf(":");
    if (colon !== -1) {
      const password = judgeValue(literal2.slice(colon + 1));
      if (password.verdict !== "literal" && password.verdict !== "sample") return [];
      judged = { verdict: password.verdict, offset: judged.offset, length: judged.length };
    }
  }
  if (judged.verdict === "sample" && info.category === "password") {
    return [{ rule: "sample-credential", kind: info.kind, offset: judged.offset, length: judged.length, keyInfo: info }];
  }
  if (info.category === "private-key") {
    if (judged.verdict === "sample" || privateKeys(entry.value).length > 0) return [];
    return [{ rule: "private-key-material", kind: info.kind, offset: judged.offset, length: judged.length, keyInfo: info }];
  }
  const severity = info.lowImpact ? "low" : info.source === "name" ? "medium" : void 0;
  return [{ rule: "cleartext-password", kind: info.kind, offset: judged.offset, length: judged.length, keyInfo: info, ...severity ? { severity } : {} }];
}
function jvmProperties(value) {
  if (!value.includes("-D")) return [];
  const out = [];
  for (const match of value.matchAll(JVM_SECRET_PROPERTY)) {
    const name = match[1];
    const secret = match[2] ?? match[3] ?? match[4] ?? "";
    const judged = judgeValue(secret);
    if (judged.verdict !== "literal" && judged.verdict !== "sample") continue;
    const start = match.index + match[0].length - secret.length - (match[2] !== void 0 || match[3] !== void 0 ? 1 : 0);
    out.push({
      rule: judged.verdict === "sample" ? "sample-credential" : "cleartext-password",
      kind: /token/i.test(name) ? "token" : /secret/i.test(name) ? "secret" : /passphrase/i.test(name) ? "passphrase" : "password",
      where: `JVM system property ${name}`,
      offset: start + judged.offset,
      length: judged.length,
      discriminator: `jvm:${name}`
    });
  }
  return out;
}
function isCredentialOption(name) {
  if (/^user_./.test(name)) return true;
  const word = name.toLowerCase().replace(/[^a-z]/g, "");
  return /(password|passwd|pwd|passphrase|secret|token|credentials?|assertion|storepass)$/.test(word);
}
function optionKind(name, className) {
  const module2 = className.slice(className.lastIndexOf(".") + 1);
  if (/^user_./.test(name)) return { kind: `password of user ${name.slice(5)}`, where: `option ${name} of ${module2}` };
  const word = name.toLowerCase().replace(/[^a-z]/g, "");
  const kind = /secret$/.test(word) ? "client secret" : /token$/.test(word) ? "token" : /assertion$/.test(word) ? "client assertion" : /passphrase$/.test(word) ? "passphrase" : /credentials?$/.test(word) ? "credentials" : "password";
  return { kind, where: `option ${name} of ${module2}` };
}
function jaasModules(value) {
  return parseJaasConfig(value.includes('=\\"') ? value.replace(/\\"/g, ' "') : value);
}
function inJaas(key, value) {
  if (!isJaasText(key, value)) return [];
  const out = [];
  jaasModules(value).forEach((module2, index) => {
    const seen = /* @__PURE__ */ new Map();
    for (const option of module2.options) {
      if (!isCredentialOption(option.name)) continue;
      const occurrence = (seen.get(option.name) ?? 0) + 1;
      seen.set(option.name, occurrence);
      const judged = judgeValue(option.value);
      if (judged.verdict !== "literal" && judged.verdict !== "sample") continue;
      const raw = option.valueEnd - option.valueOffset;
      const exact = raw === option.value.length;
      const { kind, where } = optionKind(option.name, module2.className);
      out.push({
        rule: judged.verdict === "sample" ? "sample-credential" : "jaas-inline-credential",
        kind,
        where: occurrence > 1 ? `${where}, written again` : where,
        offset: exact ? option.valueOffset + judged.offset : option.valueOffset,
        length: exact ? judged.length : raw,
        discriminator: occurrence > 1 ? `${index}:${option.name}:${occurrence}` : `${index}:${option.name}`
      });
    }
  });
  return out;
}
function jaasOptionRanges(value) {
  const out = [];
  for (const module2 of jaasModules(value)) {
    for (const option of module2.options) {
      const credential = isCredentialOption(option.name);
      if (!credential && (PUBLIC_JAAS_OPTIONS.has(option.name) || PUBLIC_JAAS_OPTION_NAME.test(option.name))) continue;
      const verdict = judgeValue(option.value).verdict;
      if (verdict === "empty" || verdict === "reference" || verdict === "template") continue;
      if (!credential && /^(true|false)$/i.test(option.value.trim())) continue;
      out.push({ offset: option.valueOffset, length: option.valueEnd - option.valueOffset });
    }
  }
  return out;
}
function inUrls(value) {
  if (!value.includes("://") && !value.toLowerCase().includes("jdbc:")) return [];
  const out = [];
  let index = 0;
  for (let separator = value.indexOf("://"); separator !== -1; separator = value.indexOf("://", separator + 3)) {
    let schemeStart = separator;
    while (schemeStart > 0 && separator - schemeStart < 64 && isSchemeChar(value.charCodeAt(schemeStart - 1))) schemeStart--;
    while (schemeStart < separator && !isAsciiLetter(value.charCodeAt(schemeStart))) schemeStart++;
    if (schemeStart === separator) continue;
    const scheme = schemeLabel(value, schemeStart, value.slice(schemeStart, separator));
    const authorityStart = separator + 3;
    const authorityEnd = endOfAuthority(value, authorityStart);
    const authority = value.slice(authorityStart, authorityEnd);
    const at = authority.lastIndexOf("@");
    if (at !== -1) {
      const userInfo = authority.slice(0, at);
      const colon = indexOutsideReferences(userInfo, ":");
      if (colon !== -1) {
        const passwordStart = authorityStart + colon + 1;
        const judged = judgeValue(value.slice(passwordStart, authorityStart + at));
        if (judged.verdict === "literal" || judged.verdict === "sample") {
          out.push({
            rule: judged.verdict === "sample" ? "sample-credential" : "url-embedded-credential",
            kind: "password",
            where: `user info of the ${scheme} URL`,
            offset: passwordStart + judged.offset,
            length: judged.length,
            discriminator: `url${index}:userinfo`
          });
        }
      }
    }
    index++;
  }
  if (value.includes("?") || value.includes("&") || value.includes(";")) {
    for (const match of value.matchAll(URL_PARAMETER)) {
      const name = match[1];
      const start = match.index + match[0].length - match[2].length;
      const judged = judgeValue(match[2]);
      if (judged.verdict !== "literal" && judged.verdict !== "sample") continue;
      const lower = name.toLowerCase();
      const kind = lower === "sig" ? "shared access signature" : /token/.test(lower) ? "token" : /key/.test(lower) ? "API key" : /secret/.test(lower) ? "client secret" : "password";
      out.push({
        rule: judged.verdict === "sample" ? "sample-credential" : "url-embedded-credential",
        kind,
        where: `URL parameter ${name}`,
        offset: start + judged.offset,
        length: judged.length,
        discriminator: `param:${lower}:${start}`
      });
    }
  }
  if (value.toLowerCase().includes("jdbc:oracle:")) {
    for (const match of value.matchAll(ORACLE_THIN)) {
      const start = match.index + match[0].length - 1 - match[2].length;
      const judged = judgeValue(match[2]);
      if (judged.verdict !== "literal" && judged.verdict !== "sample") continue;
      out.push({
        rule: judged.verdict === "sample" ? "sample-credential" : "url-embedded-credential",
        kind: "password",
        where: "user/password of the jdbc:oracle URL",
        offset: start + judged.offset,
        length: judged.length,
        discriminator: `oracle:${start}`
      });
    }
  }
  return out;
}
function schemeLabel(value, schemeStart, scheme) {
  let start = schemeStart;
  while (start > 0 && schemeStart - start < 40 && (isSchemeChar(value.charCodeAt(start - 1)) || value[start - 1] === ":")) start--;
  while (start < schemeStart && !isAsciiLetter(value.charCodeAt(start))) start++;
  const chain = value.slice(start, schemeStart);
  return `${chain.endsWith(":") ? chain : ""}${scheme}`.toLowerCase();
}
function isSchemeChar(code2) {
  return isAsciiLetter(code2) || isAsciiDigit(code2) || code2 === 43 || code2 === 46 || code2 === 45;
}
function endOfAuthority(value, start) {
  let i = start;
  while (i < value.length) {
    const c = value[i];
    if (c === "$" && value[i + 1] === "{") {
      const close = value.indexOf("}", i + 2);
      if (close === -1) return value.length;
      i = close + 1;
      continue;
    }
    if (AUTHORITY_END.has(c) || isSpace(value.charCodeAt(i))) return i;
    i++;
  }
  return i;
}
function indexOutsideReferences(text, char) {
  let i = 0;
  while (i < text.length) {
    if (text[i] === "$" && text[i + 1] === "{") {
      const close = text.indexOf("}", i + 2);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (text[i] === char) return i;
    i++;
  }
  return -1;
}
function privateKeys(value) {
  if (!value.includes("PRIVATE KEY")) return [];
  const out = [];
  for (const match of value.matchAll(PEM_BEGIN)) {
    const start = match.index;
    const label = match[1];
    const endMarker = value.indexOf(`-----END ${label}-----`, start + match[0].length);
    const end = endMarker === -1 ? value.length : endMarker + `-----END ${label}-----`.length;
    const body = value.slice(start + match[0].length, endMarker === -1 ? value.length : endMarker);
    const base64 = body.replace(/\\[nr]|[^A-Za-z0-9+/=]/g, "");
    const angle = body.indexOf("<");
    const elided = body.includes("...") || body.includes("\u2026") || /x{6}/i.test(body) || angle !== -1 && body.indexOf(">", angle) !== -1;
    if (base64.length < 32 || elided) continue;
    const encrypted = label.startsWith("ENCRYPTED") || /Proc-Type:\s*4,ENCRYPTED/.test(body);
    out.push({
      rule: "private-key-material",
      kind: encrypted ? `encrypted PEM private key (${label})` : `PEM private key (${label})`,
      offset: start,
      length: end - start,
      discriminator: `pem:${start}`,
      ...encrypted ? { severity: "medium" } : {}
    });
  }
  return out;
}
function tokens(value) {
  if (value.length < SHORTEST_TOKEN || !TOKEN_PREFIXES.test(value)) return [];
  const out = [];
  for (const format of TOKEN_FORMATS) {
    let index = 0;
    for (const match of value.matchAll(format.pattern)) {
      const secret = match[format.group ?? 0];
      const offset = match.index + match[0].indexOf(secret);
      index++;
      if (isExampleToken(secret)) continue;
      out.push({
        rule: "cloud-access-key",
        kind: format.kind,
        offset,
        length: secret.length,
        discriminator: `${format.kind}:${index}`,
        ...format.severity ? { severity: format.severity } : {}
      });
    }
  }
  return out;
}
function isExampleToken(token) {
  if (/EXAMPLE$/i.test(token)) return true;
  const body = token.replace(/^[A-Za-z]+[_.-]?/, "");
  return /^(.)\1+$/.test(body) || /x{8,}|\*{3,}|\.\.\./i.test(body);
}
function secretsInDocument(doc) {
  const cached2 = documentCache.get(doc);
  if (cached2) return cached2;
  const out = [];
  for (const entry of doc.entries) {
    for (const secret of secretsInEntry(entry)) {
      const whole = secret.offset === 0 && secret.length === entry.value.length;
      out.push({ entry, secret, span: whole ? entry.span : spanOfRange(entry, secret.offset, secret.length, doc.format === "jaas") });
    }
  }
  documentCache.set(doc, out);
  return out;
}
function spanOfRange(entry, offset, length, verbatim) {
  const { valueSpan, value } = entry;
  if (valueSpan.line === valueSpan.endLine && valueSpan.endColumn - valueSpan.column === value.length) {
    return { line: valueSpan.line, column: valueSpan.column + offset, endLine: valueSpan.line, endColumn: valueSpan.column + offset + length };
  }
  if (!verbatim) return entry.span;
  const position = (at) => {
    let line = valueSpan.line;
    let lineStart = -1;
    for (let i = 0; i < at; i++) {
      const c = value[i];
      if (c === "\n" || c === "\r" && value[i + 1] !== "\n") {
        line++;
        lineStart = i;
      }
    }
    return { line, column: line === valueSpan.line ? valueSpan.column + at : at - lineStart };
  };
  const from = position(offset);
  const to = position(offset + length);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
function maskSecrets(entry, mask) {
  const { key, value } = entry;
  const info = secretKeyInfo(key);
  if (info && info.category !== "jaas") {
    const verdict = judgeValue(value).verdict;
    return verdict === "empty" || verdict === "reference" || verdict === "template" ? value : mask(value);
  }
  const ranges = [...secretsInEntry(entry), ...isJaasText(key, value) ? jaasOptionRanges(value) : []].map((range) => ({ offset: range.offset, end: range.offset + range.length })).sort((a, b) => a.offset - b.offset || b.end - a.end);
  let out = "";
  let cursor = 0;
  for (const range of ranges) {
    if (range.end <= cursor) continue;
    const start = Math.max(range.offset, cursor);
    out += value.slice(cursor, start) + mask(value.slice(start, range.end));
    cursor = range.end;
  }
  return out + value.slice(cursor);
}
function secretLocation(entry) {
  return entry.origin ? `${entry.key} (${entry.origin})` : entry.key;
}
var SHELL_DEFAULT, startsWith, startsUpper, TEMPLATE_PATTERNS, PLACEHOLDER_NAME, PLACEHOLDER_PATTERNS, CONNECTION_KEY, ENVIRONMENT_NAME, PLACEHOLDER_WORDS, DESCRIPTIVE_PLACEHOLDER, SECRET_NAME_ENDINGS, DESCRIPTIVE, GUARDED_VALUE_PATTERNS, SAMPLE_WORDS, MAX_PLACEHOLDER_LENGTH, LOGIN_MODULE, entryCache, JVM_SECRET_PROPERTY, PUBLIC_JAAS_OPTIONS, PUBLIC_JAAS_OPTION_NAME, URL_PARAMETER, ORACLE_THIN, AUTHORITY_END, PEM_BEGIN, TOKEN_FORMATS, TOKEN_PREFIXES, SHORTEST_TOKEN, documentCache;
var init_secret_patterns = __esm({
  "src/model/kafka/secret-patterns.ts"() {
    "use strict";
    init_jaas();
    init_provider_reference();
    init_secret_keys();
    init_chars();
    SHELL_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=?+])([\s\S]*)\}$/;
    startsWith = (prefix) => (text) => text.startsWith(prefix);
    startsUpper = (text) => text[0] >= "A" && text[0] <= "Z";
    TEMPLATE_PATTERNS = [
      guarded(startsWith("$"), /^\$[A-Za-z_][A-Za-z0-9_]*$/),
      // $VAR
      guarded((text) => text.includes("$("), /\$\([A-Za-z_][A-Za-z0-9_]*\)/),
      // $(VAR), Kubernetes env expansion
      guarded(startsWith("@"), /^@[A-Za-z_][\w.-]*@$/),
      // Maven and Gradle resource filtering
      guarded(startsWith("_"), /^_+[A-Z0-9]+(?:_[A-Z0-9]+)*_+$/),
      // _VAR_, __VAR__: token replacement in release pipelines
      guarded(startsWith(":"), /^:[A-Za-z_][\w.-]*:$/),
      // :VAR:, sed-replaced by demo scripts
      guarded(startsWith("%"), /^%[A-Za-z_]\w*%$/),
      // Windows environment variables
      guarded(startsWith("%"), /^%(?:\([\w.-]+\))?[sdr]$/),
      // printf and Python %-formatting: %s, %(password)s
      guarded(startsWith("{"), /^\{[A-Za-z_0-9][\w.-]*\}$/)
      // str.format, .NET and Go-style {password}, {0}
    ];
    PLACEHOLDER_NAME = /^(?:(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASS|PW|PWD|PASSPHRASE|API|ACCESS|CLIENT|CONSUMER|ID|USER|USERNAME|AUTH|PRIVATE|PUBLIC|SHARED|ACCOUNT|BEARER|VALUE|STRING|CREDENTIALS?|CONNECTION|ADMIN)(?:[-_ ]|$))+$/;
    PLACEHOLDER_PATTERNS = [
      guarded(startsWith("<"), /^<[^<>]+>?$/),
      // <password>
      guarded(startsWith("["), /^\[[^\]]*[A-Za-z][^\]]*\]$/),
      // [secret]
      guarded((text) => "*xX\u2022#.?\u2026_-".includes(text[0]), /^[*xX\u2022#.?\u2026_-]+$/),
      // masked: ****, xxxx, dots
      guarded((text) => text[0] === "x" || text[0] === "X", /^x{3,}(?:[-_]x{3,})*$/i),
      // xxx-xxx
      guarded((text) => text[1] === text[0] && text[2] === text[0], /^(.)\1{2,}$/),
      // one character repeated
      guarded(startsUpper, PLACEHOLDER_NAME)
      // upper-case words naming the secret: TOKEN, PASSWORD, TOKEN-SECRET
    ];
    CONNECTION_KEY = guarded((text) => text.includes("="), /(?:^|;)\s*(?:SharedAccessKey|AccountKey|SharedAccessSignature)=([^;]*)/i);
    ENVIRONMENT_NAME = guarded((text) => startsUpper(text) && text.includes("_"), /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
    PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
      "redacted",
      "masked",
      "hidden",
      "omitted",
      "removed",
      "notset",
      "unset",
      "none",
      "null",
      "nil",
      "undefined",
      "empty",
      "na",
      "tbd",
      "todo",
      "fixme",
      "placeholder",
      "replaceme",
      "secretplaceholder",
      "passwordplaceholder"
    ]);
    DESCRIPTIVE_PLACEHOLDER = /^(?:(?:your|my|enter|insert|replace|put|add|set|some|the|a)(?:[-_ .]+(?:own[-_ .]+)?(?:[a-z0-9]+[-_ .]+){0,3}|own)?(?:password|passwd|pass|pwd|secret|token|key|apikey|credentials?|passphrase)s?(?:[-_ .]?(?:here|goes[-_ .]?here))?|[a-z0-9_ .-]*(?:password|passwd|secret|token|key|apikey|credentials?|passphrase)[-_ .]?(?:here|goes[-_ .]?here|placeholder))$/i;
    SECRET_NAME_ENDINGS = ["password", "passwd", "pass", "pwd", "secret", "token", "key", "credential", "passphrase"];
    DESCRIPTIVE = guarded(mayBeDescriptivePlaceholder, DESCRIPTIVE_PLACEHOLDER);
    GUARDED_VALUE_PATTERNS = [
      guarded(startsWith("${"), SHELL_DEFAULT),
      ...TEMPLATE_PATTERNS,
      ...PLACEHOLDER_PATTERNS,
      CONNECTION_KEY,
      ENVIRONMENT_NAME,
      DESCRIPTIVE
    ];
    SAMPLE_WORDS = /* @__PURE__ */ new Set([
      "changeme",
      "changeit",
      "changethis",
      "changemeplease",
      "password",
      "passw0rd",
      "password1",
      "password123",
      "pass",
      "secret",
      "secret123",
      "admin",
      "admin123",
      "administrator",
      "root",
      "guest",
      "postgres",
      "mysql",
      "test",
      "testing",
      "demo",
      "example",
      "sample",
      "dummy",
      "default",
      "foo",
      "bar",
      "foobar",
      "letmein",
      "mysecretpassword",
      "qwerty",
      "123456",
      "12345678",
      "123456789"
    ]);
    MAX_PLACEHOLDER_LENGTH = 200;
    LOGIN_MODULE = /LoginModule\s+(required|requisite|sufficient|optional)\b/i;
    entryCache = /* @__PURE__ */ new WeakMap();
    JVM_SECRET_PROPERTY = /(?:^|\s)-D([\w.-]*?(?:password|passwd|secret|passphrase|token))=(?:"([^"]*)"|'([^']*)'|(\S*))/gi;
    PUBLIC_JAAS_OPTIONS = /* @__PURE__ */ new Set([
      "username",
      "serviceName",
      "principal",
      "keyTab",
      "useKeyTab",
      "storeKey",
      "useTicketCache",
      "debug",
      "doNotPrompt",
      "renewTGT",
      "refreshKrb5Config",
      "isInitiator",
      "tryFirstPass",
      "clientId",
      "scope",
      "file",
      "tokenEndpointUri"
    ]);
    PUBLIC_JAAS_OPTION_NAME = /(?:^|[._])(?:id|uri|url|endpoint|scope|claim|audience|issuer|timeout|ms|seconds|enable|enabled|check|type|name|principal|file|path|location|algorithm|realm|fast|jwt)$|^unsecuredLogin/i;
    URL_PARAMETER = /[?&;](password|passwd|pwd|pass|secret|client_secret|token|access_token|api[_-]?key|apikey|sig)=([^&;#\s"'<>]*)/gi;
    ORACLE_THIN = /jdbc:oracle:[a-z]+:([^/@\s"':]+)\/([^@\s"']+)@/gi;
    AUTHORITY_END = /* @__PURE__ */ new Set(["/", "?", "#", '"', "'", "<", ">", ",", ";", "\\"]);
    PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
    TOKEN_FORMATS = [
      // An access key ID names a key rather than proving it, but its secret is rarely far away.
      { kind: "AWS access key ID", pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g, group: 1, severity: "medium" },
      { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,255})(?![A-Za-z0-9_])/g, group: 1 },
      { kind: "GitHub fine-grained token", pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{50,255})/g, group: 1 },
      { kind: "GitLab token", pattern: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,})/g, group: 1 },
      { kind: "Slack token", pattern: /(?<![A-Za-z0-9-])(xox[abposr]-[A-Za-z0-9-]{10,})/g, group: 1 },
      { kind: "Slack webhook URL", pattern: /https:\/\/hooks\.slack\.com\/services\/(T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]{16,})/g, group: 1 },
      { kind: "Google API key", pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g, group: 1 },
      { kind: "Stripe live secret key", pattern: /(?<![A-Za-z0-9_])((?:sk|rk)_live_[0-9a-zA-Z]{20,})/g, group: 1 },
      { kind: "SendGrid API key", pattern: /(?<![A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64})/g, group: 1 },
      { kind: "npm access token", pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])/g, group: 1 },
      { kind: "Azure storage account key", pattern: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/g, group: 1 },
      { kind: "Azure shared access key", pattern: /SharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})/g, group: 1 },
      { kind: "Azure shared access signature", pattern: /SharedAccessSignature=([^;"'\s]{20,})/g, group: 1 },
      { kind: "HashiCorp Vault token", pattern: /(?<![A-Za-z0-9_.-])(hv[sbr]\.[A-Za-z0-9_-]{90,300})(?![A-Za-z0-9_-])/g, group: 1 },
      { kind: "JSON Web Token", pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096})/g, group: 1, severity: "medium" }
    ];
    TOKEN_PREFIXES = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|hooks\.slack\.com|AIza|_live_|SG\.|npm_|AccountKey=|SharedAccess|hv[sbr]\.|eyJ/;
    SHORTEST_TOKEN = 15;
    documentCache = /* @__PURE__ */ new WeakMap();
  }
});

// rules/cleartext-password.ts
var cleartext_password_default;
var init_cleartext_password = __esm({
  "rules/cleartext-password.ts"() {
    "use strict";
    init_rule_kit();
    init_secret_patterns();
    cleartext_password_default = defineRule({
      id: "cleartext-password",
      title: "Password or secret key is written in cleartext",
      severity: "high",
      component: "connector",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "repo-reader",
      posture: "development",
      references: ["CWE-260", "CWE-256", "KIP-297", "KIP-421"],
      cwe: [260, 256],
      *check(doc) {
        for (const { entry, secret, span } of secretsInDocument(doc)) {
          if (secret.rule !== "cleartext-password") continue;
          const byName = secret.keyInfo?.source === "name" ? " (the key name says it is a secret)" : "";
          const where = secret.where ? ` (${secret.where})` : byName;
          yield {
            entry,
            span,
            message: `Cleartext ${secret.kind} in ${secretLocation(entry)}${where}; reference it through a config provider instead.`,
            ...secret.severity ? { severity: secret.severity } : {},
            ...secret.discriminator ? { discriminator: secret.discriminator } : {}
          };
        }
      }
    });
  }
});

// src/model/defaults/index.ts
function defaultValue(key, version, role) {
  const candidates = DEFAULTS.get(key);
  if (!candidates) return void 0;
  for (const candidate of candidates) {
    if (candidate.roles !== ALL && !candidate.roles.includes(role)) continue;
    let value = null;
    for (const [since, valueSince] of candidate.history) {
      if (isAtLeast(version, since)) value = valueSince;
    }
    return value ?? void 0;
  }
  return void 0;
}
function keysWithDefaults() {
  return [...DEFAULTS.keys()];
}
var ALL, SERVER, WORKER, TLS_PROTOCOLS, DEFAULTS;
var init_defaults = __esm({
  "src/model/defaults/index.ts"() {
    "use strict";
    init_version();
    ALL = "all";
    SERVER = ["broker", "controller"];
    WORKER = ["worker"];
    TLS_PROTOCOLS = {
      roles: ALL,
      history: [
        ["0.0", "TLSv1.2,TLSv1.1,TLSv1"],
        ["2.5", "TLSv1.2"],
        ["2.6", "TLSv1.2,TLSv1.3"]
      ]
    };
    DEFAULTS = /* @__PURE__ */ new Map([
      ["listeners", [
        { roles: SERVER, history: [["0.0", "PLAINTEXT://:9092"]] },
        { roles: WORKER, history: [["0.0", "http://:8083"]] }
      ]],
      ["listener.security.protocol.map", [
        { roles: SERVER, history: [["0.0", "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT"]] }
      ]],
      ["authorizer.class.name", [{ roles: SERVER, history: [["0.0", ""]] }]],
      ["allow.everyone.if.no.acl.found", [{ roles: SERVER, history: [["0.0", "false"]] }]],
      // Added in 2.8.2, 3.0.2, 3.1.2, 3.2.3 and 3.3.0 (CVE-2022-34917); 3.0.0-3.0.1, 3.1.0-3.1.1 and 3.2.0-3.2.2 lack it.
      ["sasl.server.max.receive.size", [{ roles: SERVER, history: [["0.0", null], ["2.8.2", "524288"], ["3.0.0", null], ["3.0.2", "524288"], ["3.1.0", null], ["3.1.2", "524288"], ["3.2.0", null], ["3.2.3", "524288"]] }]],
      ["socket.request.max.bytes", [{ roles: SERVER, history: [["0.0", "104857600"]] }]],
      ["queued.max.requests", [{ roles: SERVER, history: [["0.0", "500"]] }]],
      ["connection.failed.authentication.delay.ms", [{ roles: SERVER, history: [["0.0", null], ["2.1", "100"]] }]],
      ["max.connections", [{ roles: SERVER, history: [["0.0", null], ["2.2", "2147483647"]] }]],
      ["max.connections.per.ip", [{ roles: SERVER, history: [["0.0", "2147483647"]] }]],
      ["connections.max.reauth.ms", [{ roles: SERVER, history: [["0.0", null], ["2.2", "0"]] }]],
      ["connections.max.idle.ms", [{ roles: ALL, history: [["0.0", "600000"]] }]],
      ["auto.create.topics.enable", [{ roles: SERVER, history: [["0.0", "true"]] }]],
      ["queued.max.request.bytes", [{ roles: SERVER, history: [["0.0", null], ["1.0", "-1"]] }]],
      ["delegation.token.max.lifetime.ms", [{ roles: SERVER, history: [["0.0", null], ["1.1", "604800000"]] }]],
      ["delegation.token.expiry.time.ms", [{ roles: SERVER, history: [["0.0", null], ["1.1", "86400000"]] }]],
      ["zookeeper.set.acl", [{ roles: SERVER, history: [["0.0", "false"], ["4.0", null]] }]],
      ["zookeeper.ssl.client.enable", [{ roles: SERVER, history: [["0.0", null], ["2.5", "false"], ["4.0", null]] }]],
      ["security.inter.broker.protocol", [{ roles: SERVER, history: [["0.0", "PLAINTEXT"]] }]],
      ["ssl.client.auth", [{ roles: SERVER, history: [["0.0", "none"]] }]],
      ["security.protocol", [{ roles: ["worker", "client", "connector"], history: [["0.0", "PLAINTEXT"]] }]],
      ["sasl.mechanism", [{ roles: ["worker", "client", "connector"], history: [["0.0", "GSSAPI"]] }]],
      ["sasl.enabled.mechanisms", [{ roles: SERVER, history: [["0.0", "GSSAPI"]] }]],
      ["ssl.endpoint.identification.algorithm", [{ roles: ALL, history: [["0.0", null], ["2.0", "https"]] }]],
      ["ssl.enabled.protocols", [TLS_PROTOCOLS]],
      ["ssl.protocol", [{ roles: ALL, history: [["0.0", "TLS"], ["2.5", "TLSv1.2"], ["2.6", "TLSv1.3"]] }]],
      ["connector.client.config.override.policy", [
        { roles: WORKER, history: [["0.0", null], ["2.3", "None"], ["3.0", "All"], ["5.0", "Allowlist"]] }
      ]],
      ["connect.protocol", [{ roles: WORKER, history: [["0.0", null], ["2.3", "compatible"], ["2.4", "sessioned"]] }]],
      ["inter.worker.key.generation.algorithm", [{ roles: WORKER, history: [["0.0", null], ["2.4", "HmacSHA256"]] }]],
      ["inter.worker.signature.algorithm", [{ roles: WORKER, history: [["0.0", null], ["2.4", "HmacSHA256"]] }]],
      ["rest.extension.classes", [{ roles: WORKER, history: [["0.0", ""]] }]],
      ["access.control.allow.origin", [{ roles: WORKER, history: [["0.0", ""]] }]],
      ["errors.log.include.messages", [{ roles: ["connector"], history: [["0.0", "false"]] }]],
      // Connect worker and connector keys read by the Connect rules (WorkerConfig, DistributedConfig,
      // RestServerConfig, ConnectorConfig, SinkConnectorConfig at the release tags).
      ["inter.worker.verification.algorithms", [{ roles: WORKER, history: [["0.0", null], ["2.4", "HmacSHA256"]] }]],
      ["inter.worker.key.ttl.ms", [{ roles: WORKER, history: [["0.0", null], ["2.4", "3600000"]] }]],
      ["access.control.allow.methods", [{ roles: WORKER, history: [["0.0", ""]] }]],
      ["response.http.headers.config", [{ roles: WORKER, history: [["0.0", null], ["2.6", ""]] }]],
      ["connector.client.config.override.allowlist", [{ roles: WORKER, history: [["0.0", null], ["4.2", ""]] }]],
      ["errors.log.enable", [{ roles: ["connector"], history: [["0.0", null], ["2.0", "false"]] }]],
      ["errors.deadletterqueue.context.headers.enable", [{ roles: ["connector"], history: [["0.0", null], ["2.0", "false"]] }]],
      ["config.providers", [{ roles: ALL, history: [["0.0", ""]] }]]
    ]);
  }
});

// src/model/kafka/client-security.ts
function clientViews(doc) {
  if (isMirrorMakerConfig(doc)) return [];
  if (doc.hasRole("worker")) {
    return [
      { prefix: "", label: "the worker's own clients", inheritsUnprefixed: false },
      { prefix: "producer.", label: "connector producers (producer.*)", inheritsUnprefixed: false },
      { prefix: "consumer.", label: "connector consumers (consumer.*)", inheritsUnprefixed: false },
      { prefix: "admin.", label: "connector admin clients (admin.*)", inheritsUnprefixed: true }
    ];
  }
  if (doc.hasRole("client")) return [{ prefix: "", label: "the client", inheritsUnprefixed: false }];
  return [];
}
function resolveKey(doc, view, key) {
  const own = doc.get(`${view.prefix}${key}`);
  if (own) return { entry: own, value: isUnknownValue(own) ? void 0 : own.value, key: own.key };
  if (view.prefix !== "" && view.inheritsUnprefixed) {
    const inherited = doc.get(key);
    if (inherited) return { entry: inherited, value: isUnknownValue(inherited) ? void 0 : inherited.value, key: inherited.key };
  }
  if (view.prefix !== "" && key === "bootstrap.servers") {
    const worker = doc.get(key);
    if (worker) return { entry: worker, value: isUnknownValue(worker) ? void 0 : worker.value, key: worker.key };
  }
  return { entry: void 0, value: defaultValue(key, doc.kafkaVersion, doc.hasRole("worker") ? "worker" : "client") ?? workerDefault(doc, key), key: `${view.prefix}${key}` };
}
function workerDefault(doc, key) {
  if (key === "bootstrap.servers" && doc.hasRole("worker")) return "localhost:9092";
  return void 0;
}
function securityProtocol(doc, view) {
  const resolved = resolveKey(doc, view, "security.protocol");
  return { ...resolved, value: resolved.value?.trim().toUpperCase() };
}
function usesTls(protocol) {
  return protocol === "SSL" || protocol === "SASL_SSL";
}
function bootstrapIsLoopbackOnly(value) {
  if (value === void 0) return false;
  const hosts = value.split(",").map((item) => item.trim()).filter((item) => item !== "").map(hostOf);
  return hosts.length > 0 && hosts.every(isLoopbackHost);
}
function hostOf(server) {
  const withoutScheme = server.replace(/^[A-Za-z_]+:\/\//, "");
  if (withoutScheme.startsWith("[")) return withoutScheme.slice(1, withoutScheme.indexOf("]"));
  const colon = withoutScheme.lastIndexOf(":");
  return colon === -1 ? withoutScheme : withoutScheme.slice(0, colon);
}
function hasPrefixedClientSecurity(doc) {
  return doc.effectiveEntries().some((entry) => entry.key !== "security.protocol" && entry.key.endsWith(".security.protocol"));
}
function spanKey(entry) {
  return `${entry.span.line}:${entry.span.column}`;
}
var init_client_security = __esm({
  "src/model/kafka/client-security.ts"() {
    "use strict";
    init_defaults();
    init_connect_worker();
  }
});

// rules/client-hostname-verification-disabled.ts
var client_hostname_verification_disabled_default;
var init_client_hostname_verification_disabled = __esm({
  "rules/client-hostname-verification-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_client_security();
    init_version();
    init_connect_worker();
    client_hostname_verification_disabled_default = defineRule({
      id: "client-hostname-verification-disabled",
      title: "Kafka client accepts any broker certificate regardless of host name",
      severity: "high",
      component: "client",
      appliesTo: ["client", "worker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-297", "https://kafka.apache.org/documentation/#producerconfigs_ssl.endpoint.identification.algorithm", "https://kafka.apache.org/documentation/#upgrade_200_notable"],
      cwe: [297],
      *check(doc) {
        for (const view of clientViews(doc)) {
          const protocol = securityProtocol(doc, view);
          if (!usesTls(protocol.value)) continue;
          const bootstrap = resolveKey(doc, view, "bootstrap.servers");
          if (bootstrapIsLoopbackOnly(bootstrap.value)) continue;
          const algorithm = resolveKey(doc, view, "ssl.endpoint.identification.algorithm");
          if (algorithm.entry) {
            if (isUnknownValue(algorithm.entry) || algorithm.entry.value.trim() !== "") continue;
            if (view.prefix !== "" && !algorithm.entry.key.startsWith(view.prefix)) continue;
            yield {
              entry: algorithm.entry,
              message: `The empty ${algorithm.entry.key} makes ${view.label} accept any trusted certificate for any host name over ${protocol.value}: a man in the middle with any certificate from the same CA reads and alters the traffic.`,
              discriminator: view.prefix
            };
            continue;
          }
          if (isAtLeast(doc.kafkaVersion, "2.0")) continue;
          if (view.prefix !== "" && protocol.entry?.key !== `${view.prefix}security.protocol`) continue;
          yield {
            key: `${view.prefix}ssl.endpoint.identification.algorithm`,
            message: `No ${view.prefix}ssl.endpoint.identification.algorithm is set, and ${doc.kafkaVersionText} does not verify broker host names by default (https became the default in 2.0.0).`,
            discriminator: view.prefix
          };
        }
      }
    });
  }
});

// rules/client-oauth-endpoint-http.ts
var KEY, client_oauth_endpoint_http_default;
var init_client_oauth_endpoint_http = __esm({
  "rules/client-oauth-endpoint-http.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    KEY = "sasl.oauthbearer.token.endpoint.url";
    client_oauth_endpoint_http_default = defineRule({
      id: "client-oauth-endpoint-http",
      title: "Kafka client fetches OAuth tokens over cleartext http",
      severity: "high",
      component: "client",
      appliesTo: ["client", "worker", "connector"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "CWE-522", "KIP-768", "https://kafka.apache.org/documentation/#producerconfigs_sasl.oauthbearer.token.endpoint.url"],
      cwe: [319, 522],
      *check(doc) {
        if (doc.hasRole("broker") || doc.hasRole("controller")) return;
        for (const entry of doc.effectiveEntries()) {
          if (entry.key !== KEY && !entry.key.endsWith(`.${KEY}`)) continue;
          if (isUnknownValue(entry)) continue;
          const match = /^http:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(entry.value.trim());
          if (!match) continue;
          const host = match[1].replace(/^\[|\]$/g, "");
          if (isLoopbackHost(host)) continue;
          const who = isMirrorMakerConfig(doc) ? "MirrorMaker" : doc.hasRole("connector") ? "the connector's client" : "the client";
          yield {
            entry,
            message: `The token endpoint ${entry.key} is an http:// URL: ${who} sends its OAuth client secret to ${host} and receives bearer tokens in cleartext, readable and replayable by anyone on the path.`
          };
        }
      }
    });
  }
});

// rules/client-plaintext.ts
function joinLabels(labels) {
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
var client_plaintext_default;
var init_client_plaintext = __esm({
  "rules/client-plaintext.ts"() {
    "use strict";
    init_rule_kit();
    init_client_security();
    client_plaintext_default = defineRule({
      id: "client-plaintext",
      title: "Kafka client connects without encryption",
      severity: "high",
      component: "client",
      appliesTo: ["client", "worker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "https://kafka.apache.org/documentation/#security_overview"],
      cwe: [319],
      *check(doc) {
        const merged = /* @__PURE__ */ new Map();
        const order = [];
        for (const view of clientViews(doc)) {
          const protocol = securityProtocol(doc, view);
          const ownEntry = protocol.entry && protocol.entry.key === `${view.prefix}security.protocol`;
          if (view.prefix !== "" && !ownEntry) continue;
          if (protocol.value !== "PLAINTEXT" && protocol.value !== "SASL_PLAINTEXT") continue;
          const bootstrap = resolveKey(doc, view, "bootstrap.servers");
          if (bootstrapIsLoopbackOnly(bootstrap.value)) continue;
          if (!protocol.entry && bootstrap.value === void 0) continue;
          if (!protocol.entry && doc.hasRole("client") && !doc.hasRole("worker") && hasPrefixedClientSecurity(doc)) continue;
          const mechanism = resolveKey(doc, view, "sasl.mechanism").value?.trim().toUpperCase();
          if (protocol.value === "SASL_PLAINTEXT" && mechanism === "PLAIN") continue;
          const to = bootstrap.value !== void 0 ? ` to ${bootstrap.value.trim()}` : "";
          const value = protocol.value;
          const consequence = (labels) => value === "PLAINTEXT" ? `sends the records of ${labels}${to} unencrypted, and the brokers cannot tell who is connecting` : `authenticates ${labels}${to} but sends every record unencrypted`;
          if (!protocol.entry) {
            yield { key: "security.protocol", message: `No security.protocol is set, and the default PLAINTEXT ${consequence(view.label)}.`, discriminator: view.prefix };
            continue;
          }
          const entry = protocol.entry;
          const place = `${spanKey(entry)}:${value}:${bootstrap.value ?? ""}`;
          const build = (labels) => `Setting ${entry.key}=${entry.value.trim()} ${consequence(labels)}.`;
          const existing = merged.get(place);
          if (existing) {
            existing.labels.push(view.label);
            continue;
          }
          merged.set(place, { finding: { entry, severity: value === "PLAINTEXT" ? "high" : "medium", message: "", discriminator: view.prefix }, labels: [view.label], build });
          order.push(place);
        }
        for (const place of order) {
          const { finding, labels, build } = merged.get(place);
          yield { ...finding, message: build(joinLabels(labels)) };
        }
      }
    });
  }
});

// rules/client-sasl-plain-without-tls.ts
var client_sasl_plain_without_tls_default;
var init_client_sasl_plain_without_tls = __esm({
  "rules/client-sasl-plain-without-tls.ts"() {
    "use strict";
    init_rule_kit();
    init_client_security();
    client_sasl_plain_without_tls_default = defineRule({
      id: "client-sasl-plain-without-tls",
      title: "Kafka client sends its SASL/PLAIN password in cleartext",
      severity: "high",
      component: "client",
      appliesTo: ["client", "worker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-523", "CWE-319", "https://kafka.apache.org/documentation/#security_sasl_plain"],
      cwe: [523, 319],
      *check(doc) {
        const merged = /* @__PURE__ */ new Map();
        for (const view of clientViews(doc)) {
          const protocol = securityProtocol(doc, view);
          if (protocol.value !== "SASL_PLAINTEXT") continue;
          const mechanism = resolveKey(doc, view, "sasl.mechanism");
          if (mechanism.value?.trim().toUpperCase() !== "PLAIN") continue;
          const own = [protocol.entry, mechanism.entry].some((entry2) => entry2?.key.startsWith(view.prefix) && view.prefix !== "");
          if (view.prefix !== "" && !own) continue;
          const bootstrap = resolveKey(doc, view, "bootstrap.servers");
          if (bootstrapIsLoopbackOnly(bootstrap.value)) continue;
          const entry = mechanism.entry ?? protocol.entry;
          if (!entry) continue;
          const place = spanKey(entry);
          const existing = merged.get(place);
          if (existing) existing.labels.push(view.label);
          else merged.set(place, { entry, mechanismKey: mechanism.key, protocolKey: protocol.key, labels: [view.label], prefix: view.prefix });
        }
        for (const { entry, mechanismKey, protocolKey, labels, prefix } of merged.values()) {
          const who = labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
          yield {
            entry,
            message: `Mechanism ${mechanismKey}=PLAIN over ${protocolKey}=SASL_PLAINTEXT sends the password of ${who} in cleartext with every connection: anyone on the network path can read and reuse it.`,
            discriminator: prefix
          };
        }
      }
    });
  }
});

// rules/cloud-access-key.ts
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
var cloud_access_key_default;
var init_cloud_access_key = __esm({
  "rules/cloud-access-key.ts"() {
    "use strict";
    init_rule_kit();
    init_secret_patterns();
    cloud_access_key_default = defineRule({
      id: "cloud-access-key",
      title: "Access key or token of a well-known service is written in cleartext",
      severity: "high",
      component: "connector",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "repo-reader",
      posture: "development",
      references: ["CWE-798", "CWE-522", "KIP-297"],
      cwe: [798, 522],
      *check(doc) {
        for (const { entry, secret, span } of secretsInDocument(doc)) {
          if (secret.rule !== "cloud-access-key") continue;
          yield {
            entry,
            span,
            message: `${capitalized(secret.kind)} in ${secretLocation(entry)}; revoke it and reference a new one through a config provider.`,
            ...secret.severity ? { severity: secret.severity } : {},
            ...secret.discriminator ? { discriminator: secret.discriminator } : {}
          };
        }
      }
    });
  }
});

// rules/connect-admin-listener-exposed.ts
var connect_admin_listener_exposed_default;
var init_connect_admin_listener_exposed = __esm({
  "rules/connect-admin-listener-exposed.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    connect_admin_listener_exposed_default = defineRule({
      id: "connect-admin-listener-exposed",
      title: "Connect admin endpoints listen on a reachable interface without authentication",
      severity: "medium",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-495", "CWE-306", "https://kafka.apache.org/documentation/#connectconfigs_admin.listeners"],
      cwe: [306],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        const admin = adminListeners(doc);
        if (!admin) return;
        const auth = restAuth(doc);
        for (const listener of admin.listeners) {
          if (listener.loopback || listenerRequiresClientCertificate(doc, listener, "admin.listeners.https.")) continue;
          const bypass = auth.authenticating && auth.extensions.length > 0 ? ` REST extensions are not installed on admin listeners, so ${auth.extensions.join(", ")} does not protect it.` : "";
          yield {
            entry: admin.entry,
            span: spanWithinValue(admin.entry, listener.offset, listener.text.length),
            severity: auth.authenticating ? "high" : "medium",
            message: `Admin listener ${describeListener(listener)} (admin.listeners) has no TLS client authentication: anyone who reaches it can read and change log levels through /admin/loggers (DEBUG logging can write secrets to the logs).${bypass}`,
            discriminator: listener.text
          };
        }
      }
    });
  }
});

// rules/connect-basic-auth-over-http.ts
var connect_basic_auth_over_http_default;
var init_connect_basic_auth_over_http = __esm({
  "rules/connect-basic-auth-over-http.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    connect_basic_auth_over_http_default = defineRule({
      id: "connect-basic-auth-over-http",
      title: "Connect REST Basic authentication credentials cross the network in cleartext",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "CWE-523", "KIP-208", "KIP-285", "https://kafka.apache.org/documentation/#connect_rest"],
      cwe: [319, 523],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        const auth = restAuth(doc);
        if (!auth.basic) return;
        const rest = restListeners(doc);
        if (!rest) return;
        for (const listener of rest.listeners) {
          if (listener.protocol !== "http" || listener.loopback) continue;
          const message = `BasicAuthSecurityRestExtension is enabled but REST listener ${describeListener(listener)} is plain http: every request carries a reusable user:password in its Authorization header, readable by anyone on the network path.`;
          if (!rest.entry) {
            yield {
              key: "listeners",
              message: `No listeners are set, so the REST API uses the default http://:8083 while BasicAuthSecurityRestExtension is enabled: every request carries a reusable user:password in its Authorization header, readable by anyone on the network path.`,
              discriminator: listener.text
            };
            continue;
          }
          yield {
            entry: rest.entry,
            span: rest.source === "listeners" ? spanWithinValue(rest.entry, listener.offset, listener.text.length) : rest.entry.span,
            message,
            discriminator: listener.text
          };
        }
      }
    });
  }
});

// rules/connect-cors-any-origin.ts
var connect_cors_any_origin_default;
var init_connect_cors_any_origin = __esm({
  "rules/connect-cors-any-origin.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    connect_cors_any_origin_default = defineRule({
      id: "connect-cors-any-origin",
      title: "Any web page can script the Connect REST API from a visitor\u2019s browser",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["CWE-942", "CWE-352", "KAFKA-3424", "https://kafka.apache.org/documentation/#connectconfigs_access.control.allow.origin"],
      cwe: [942, 352],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        const entry = doc.get("access.control.allow.origin");
        if (!entry || isUnknownValue(entry)) return;
        let offset = 0;
        for (const part of entry.value.split(",")) {
          const origin = part.trim();
          const at = offset + part.indexOf(origin);
          offset += part.length + 1;
          if (origin !== "*" && origin.toLowerCase() !== "null") continue;
          const authenticated = restAuth(doc).authenticating;
          const what = origin === "*" ? "every origin (*)" : "the origin null (sandboxed frames, file: pages)";
          yield {
            entry,
            span: spanWithinValue(entry, at, origin.length),
            severity: authenticated ? "medium" : "high",
            message: authenticated ? `Setting access.control.allow.origin allows ${what}: a page the operator visits can send REST requests with the browser's stored credentials (CrossOriginFilter allows credentials by default).` : `Setting access.control.allow.origin allows ${what} and the REST API is unauthenticated: any web page a visitor on the network opens can create connectors through it.`,
            discriminator: origin
          };
        }
      }
    });
  }
});

// src/model/kafka/connect-providers.ts
function providerKindOf(className) {
  switch (className?.trim()) {
    case FILE_PROVIDER:
      return "file";
    case DIRECTORY_PROVIDER:
      return "directory";
    case ENV_VAR_PROVIDER:
      return "env";
    default:
      return "other";
  }
}
function declaredProviders(doc, prefix = "") {
  const listEntry = doc.get(`${prefix}config.providers`);
  if (!listEntry || isUnknownValue(listEntry)) return [];
  return listValue(listEntry.value).map((alias) => {
    const base = `${prefix}config.providers.${alias}.`;
    const classEntry = doc.get(`${base}class`);
    const params = /* @__PURE__ */ new Map();
    for (const entry of doc.withPrefix(`${base}param.`)) params.set(entry.key.slice(`${base}param.`.length), entry);
    const className = classEntry?.value.trim();
    return { alias, listEntry, classEntry, className, kind: providerKindOf(className), params };
  });
}
function allowedPaths(provider) {
  const entry = provider.params.get("allowed.paths");
  if (!entry || isUnknownValue(entry)) return void 0;
  return listValue(entry.value).map(normalizePath);
}
function normalizePath(path) {
  const absolute = path.startsWith("/");
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(part);
  }
  return (absolute ? "/" : "") + out.join("/");
}
function pathWithin(path, root) {
  if (root === "/") return path.startsWith("/");
  return path === root || path.startsWith(`${root}/`);
}
function isBroadAllowedPath(path) {
  return ["/", "/etc", "/home", "/proc", "/root", "/sys", "/var", "/usr", "/opt", "/tmp", "/run", "/dev"].includes(path);
}
function systemFileKind(path) {
  const expanded = path.startsWith("~") ? `/home/user${path.slice(1)}` : path;
  const normalized = normalizePath(expanded);
  return SYSTEM_FILE_PATTERNS.find(({ pattern }) => pattern.test(normalized))?.what;
}
var PROVIDER_PACKAGE, FILE_PROVIDER, DIRECTORY_PROVIDER, ENV_VAR_PROVIDER, SYSTEM_FILE_PATTERNS;
var init_connect_providers = __esm({
  "src/model/kafka/connect-providers.ts"() {
    "use strict";
    init_connect_worker();
    PROVIDER_PACKAGE = "org.apache.kafka.common.config.provider.";
    FILE_PROVIDER = `${PROVIDER_PACKAGE}FileConfigProvider`;
    DIRECTORY_PROVIDER = `${PROVIDER_PACKAGE}DirectoryConfigProvider`;
    ENV_VAR_PROVIDER = `${PROVIDER_PACKAGE}EnvVarConfigProvider`;
    SYSTEM_FILE_PATTERNS = [
      { pattern: /^\/etc\/(passwd|shadow|gshadow|group|sudoers)(\/|$)/, what: "the system account database" },
      { pattern: /^\/etc\/(ssh|ssl\/private|kubernetes|sudoers\.d)(\/|$)/, what: "system credentials" },
      { pattern: /^\/(proc|sys|dev)(\/|$)/, what: "a kernel pseudo-file (process environment, memory, devices)" },
      { pattern: /^\/root(\/|$)/, what: "root's home directory" },
      { pattern: /(^|\/)\.ssh(\/|$)/, what: "SSH keys" },
      { pattern: /(^|\/)(\.aws\/credentials|\.kube\/config|\.docker\/config\.json|\.netrc|\.pgpass|\.git-credentials|\.bash_history)$/, what: "a user's credentials" },
      { pattern: /^\/(var\/)?run\/secrets\/kubernetes\.io(\/|$)/, what: "the Kubernetes service-account token" },
      { pattern: /^\/var\/lib\/kubelet(\/|$)/, what: "kubelet credentials" }
    ];
  }
});

// rules/connect-envvar-provider-unrestricted.ts
var MATCH_ALL, connect_envvar_provider_unrestricted_default;
var init_connect_envvar_provider_unrestricted = __esm({
  "rules/connect-envvar-provider-unrestricted.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    init_connect_providers();
    MATCH_ALL = /* @__PURE__ */ new Set([".*", ".+", "^.*$", "^.+$", "(.*)", "^(.*)$", ".*?", "[\\s\\S]*", "(?s).*"]);
    connect_envvar_provider_unrestricted_default = defineRule({
      id: "connect-envvar-provider-unrestricted",
      title: "Connector configs can read every environment variable of the Connect worker",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-887", "CVE-2024-31141", "CWE-526", "https://kafka.apache.org/documentation/#config_providers"],
      cwe: [526, 200],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        for (const provider of declaredProviders(doc)) {
          if (provider.kind !== "env") continue;
          const entry = provider.classEntry ?? provider.listEntry;
          const generated = entry.origin?.includes("generated by") ? ` (${entry.origin}; set config.providers.${provider.alias}.param.allowlist.pattern in the resource's config to restrict it)` : "";
          const reads = `\${${provider.alias}:AWS_SECRET_ACCESS_KEY}`;
          const pattern = provider.params.get("allowlist.pattern");
          if (!pattern) {
            const misnamed = [...provider.params.keys()].find((name) => /pattern/i.test(name));
            const hint = misnamed ? ` (param.${misnamed} is not read by EnvVarConfigProvider; the parameter is allowlist.pattern)` : "";
            yield {
              entry,
              message: `Config provider ${provider.alias} (EnvVarConfigProvider) has no config.providers.${provider.alias}.param.allowlist.pattern${hint}: a connector config with ${reads} reads any environment variable of the worker${generated}.`,
              discriminator: provider.alias
            };
            continue;
          }
          if (isUnknownValue(pattern) || !MATCH_ALL.has(pattern.value.trim())) continue;
          if (pattern.origin?.startsWith("generated by Strimzi")) {
            yield {
              entry: pattern,
              message: `Strimzi adds the config provider ${provider.alias} (EnvVarConfigProvider) with allowlist.pattern=${pattern.value.trim()} to every Connect cluster: a connector config with ${reads} reads any environment variable of the worker pod, including the secrets the resource maps into environment variables (externalConfiguration.env, template.connectContainer.env); set config.providers.${provider.alias}.param.allowlist.pattern in the resource's config to the variables connectors need.`,
              discriminator: provider.alias
            };
            continue;
          }
          const patternGenerated = pattern.origin?.includes("generated by") ? ` (${pattern.origin}; override config.providers.${provider.alias}.param.allowlist.pattern in the resource's config to restrict it)` : "";
          yield {
            entry: pattern,
            message: `The pattern config.providers.${provider.alias}.param.allowlist.pattern=${pattern.value.trim()} matches every variable name: a connector config with ${reads} reads any environment variable of the worker${patternGenerated}.`,
            discriminator: provider.alias
          };
        }
      }
    });
  }
});

// rules/connect-file-provider-unrestricted.ts
var connect_file_provider_unrestricted_default;
var init_connect_file_provider_unrestricted = __esm({
  "rules/connect-file-provider-unrestricted.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    init_connect_providers();
    init_version();
    connect_file_provider_unrestricted_default = defineRule({
      id: "connect-file-provider-unrestricted",
      title: "Connector configs can read any file on the Connect worker through a config provider",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-297", "KIP-993", "CVE-2024-31141", "CWE-22", "https://kafka.apache.org/documentation/#config_providers"],
      cwe: [22, 200],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        for (const provider of declaredProviders(doc)) {
          if (provider.kind !== "file" && provider.kind !== "directory") continue;
          const entry = provider.classEntry ?? provider.listEntry;
          const generated = entry.origin?.includes("generated by") ? ` (${entry.origin}; set config.providers.${provider.alias}.param.allowed.paths in the resource's config to restrict it)` : "";
          const reads = provider.kind === "file" ? `\${${provider.alias}:/any/path:key}` : `\${${provider.alias}:/any/dir:file}`;
          const what = provider.kind === "file" ? "FileConfigProvider" : "DirectoryConfigProvider";
          if (!isAtLeast(doc.kafkaVersion, "3.8")) {
            yield {
              entry,
              message: `Config provider ${provider.alias} (${what}) reads any path, and ${doc.kafkaVersionText} has no allowed.paths (added in 3.8.0, KIP-993): a connector config with ${reads} makes the worker read any file it can${generated}.`,
              discriminator: provider.alias
            };
            continue;
          }
          const param = provider.params.get("allowed.paths");
          if (!param && entry.origin?.startsWith("generated by Strimzi")) {
            yield {
              entry,
              message: `Strimzi adds the config provider ${provider.alias} (${what}) without allowed.paths to every Connect cluster: a connector config with ${reads} makes the worker read any file the pod can read (mounted secrets, the service account token); set config.providers.${provider.alias}.param.allowed.paths in the resource's config to restrict it.`,
              discriminator: provider.alias
            };
            continue;
          }
          if (!param) {
            yield {
              entry,
              message: `Config provider ${provider.alias} (${what}) has no config.providers.${provider.alias}.param.allowed.paths: a connector config with ${reads} makes the worker read any file it can${generated}.`,
              discriminator: provider.alias
            };
            continue;
          }
          if (isUnknownValue(param)) continue;
          let offset = 0;
          for (const part of param.value.split(",")) {
            const path = part.trim();
            const at = offset + part.indexOf(path);
            offset += part.length + 1;
            if (path === "" || !isBroadAllowedPath(normalizePath(path))) continue;
            yield {
              entry: param,
              span: spanWithinValue(param, at, path.length),
              message: `The allowlist config.providers.${provider.alias}.param.allowed.paths allows ${path}, which holds far more than connector secrets: a connector config can read any file below it.`,
              discriminator: `${provider.alias}:${path}`
            };
          }
        }
      }
    });
  }
});

// rules/connect-inter-worker-signing-disabled.ts
var UNSIGNED, connect_inter_worker_signing_disabled_default;
var init_connect_inter_worker_signing_disabled = __esm({
  "rules/connect-inter-worker-signing-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    init_version();
    UNSIGNED = /* @__PURE__ */ new Set(["EAGER", "COMPATIBLE"]);
    connect_inter_worker_signing_disabled_default = defineRule({
      id: "connect-inter-worker-signing-disabled",
      title: "Connect internal REST endpoints accept unsigned requests",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-507", "CWE-345", "KAFKA-8404", "https://kafka.apache.org/documentation/#connectconfigs_connect.protocol"],
      cwe: [345],
      *check(doc) {
        if (!servesRestApi(doc) || !isDistributedWorker(doc)) return;
        const version = doc.kafkaVersion;
        const basic = restAuth(doc).basic;
        const exempt = basic && isAtLeast(version, "2.2.2");
        const severity = exempt ? "critical" : "high";
        const consequence = exempt ? "BasicAuthSecurityRestExtension lets internal requests through unauthenticated, so anyone who reaches the REST port can write task configs (POST /connectors/{name}/tasks)" : "a caller of the REST API can write task configs through POST /connectors/{name}/tasks without being a worker";
        const entry = doc.get("connect.protocol");
        if (entry) {
          if (isUnknownValue(entry)) return;
          const protocol = entry.value.trim().toUpperCase();
          if (!UNSIGNED.has(protocol)) return;
          const whole = " One such worker downgrades the whole group, because the protocol is negotiated.";
          yield {
            entry,
            severity,
            message: isAtLeast(version, "2.4") ? `Setting connect.protocol=${entry.value.trim()} disables KIP-507 request signing: ${consequence}.${whole}` : `Setting connect.protocol=${entry.value.trim()}, and ${doc.kafkaVersionText} has no KIP-507 request signing at all (added in 2.4.0): ${consequence}.`
          };
          return;
        }
        if (isAtLeast(version, "2.4")) return;
        yield {
          key: "connect.protocol",
          severity,
          message: `${doc.kafkaVersionText} predates KIP-507 request signing (2.4.0), so connect.protocol cannot be sessioned: ${consequence}.`
        };
      }
    });
  }
});

// rules/connect-inter-worker-signing-weak.ts
var WEAK_MACS, MIN_KEY_BITS, connect_inter_worker_signing_weak_default;
var init_connect_inter_worker_signing_weak = __esm({
  "rules/connect-inter-worker-signing-weak.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    WEAK_MACS = /* @__PURE__ */ new Map([
      ["hmacmd5", "MD5"],
      ["hmacsha1", "SHA-1"]
    ]);
    MIN_KEY_BITS = 128;
    connect_inter_worker_signing_weak_default = defineRule({
      id: "connect-inter-worker-signing-weak",
      title: "Connect inter-worker request signatures use a weak algorithm or key",
      severity: "medium",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "network-client",
      posture: "production",
      references: ["KIP-507", "CWE-326", "CWE-328", "https://kafka.apache.org/documentation/#connectconfigs_inter.worker.signature.algorithm"],
      cwe: [326, 328],
      *check(doc) {
        if (!servesRestApi(doc) || !isDistributedWorker(doc)) return;
        for (const key of ["inter.worker.signature.algorithm", "inter.worker.key.generation.algorithm"]) {
          const entry = doc.get(key);
          if (!entry || isUnknownValue(entry)) continue;
          const weak = WEAK_MACS.get(entry.value.trim().toLowerCase());
          if (!weak) continue;
          yield {
            entry,
            severity: "low",
            message: `Setting ${key}=${entry.value.trim()} builds the KIP-507 session MAC on ${weak}; use HmacSHA256 or stronger.`
          };
        }
        const verification = doc.get("inter.worker.verification.algorithms");
        if (verification && !isUnknownValue(verification)) {
          let offset = 0;
          for (const part of verification.value.split(",")) {
            const name = part.trim();
            const at = offset + part.indexOf(name);
            offset += part.length + 1;
            const weak = WEAK_MACS.get(name.toLowerCase());
            if (!weak) continue;
            yield {
              entry: verification,
              span: spanWithinValue(verification, at, name.length),
              severity: "low",
              message: `The list inter.worker.verification.algorithms accepts ${name}, so the leader verifies requests signed with ${weak}-based MACs.`,
              discriminator: name
            };
          }
        }
        const size = doc.get("inter.worker.key.size");
        if (size && !isUnknownValue(size)) {
          const bits = Number(size.value.trim());
          if (Number.isInteger(bits) && bits > 0 && bits < MIN_KEY_BITS) {
            yield {
              entry: size,
              message: `Setting inter.worker.key.size=${bits} gives session keys of ${bits} bits: one observed signed request lets an attacker brute-force the key and forge internal requests until it rotates.`
            };
          }
        }
      }
    });
  }
});

// rules/connect-legacy-rest-keys-ignored.ts
var connect_legacy_rest_keys_ignored_default;
var init_connect_legacy_rest_keys_ignored = __esm({
  "rules/connect-legacy-rest-keys-ignored.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    init_version();
    connect_legacy_rest_keys_ignored_default = defineRule({
      id: "connect-legacy-rest-keys-ignored",
      title: "Connect ignores its legacy REST host and port settings and listens on all interfaces",
      severity: "low",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KAFKA-12482", "https://kafka.apache.org/documentation/#upgrade_300_notable"],
      cwe: [1188],
      *check(doc) {
        if (!servesRestApi(doc) || !isAtLeast(doc.kafkaVersion, "3.0")) return;
        const listeners = doc.get("listeners");
        if (listeners && listeners.value.trim() !== "") return;
        const version = doc.kafkaVersionText;
        for (const key of ["rest.host.name", "rest.port"]) {
          const entry = doc.get(key);
          if (!entry || isUnknownValue(entry) || entry.isTemplate) continue;
          const value = entry.value.trim();
          if (key === "rest.port" && (value === "8083" || value === "")) continue;
          if (key === "rest.host.name" && (value === "" || value === "0.0.0.0")) continue;
          yield {
            entry,
            severity: key === "rest.host.name" ? "medium" : "low",
            message: key === "rest.host.name" ? `Setting rest.host.name=${value} is ignored by ${version} (removed in 3.0.0) and listeners is not set: the REST API binds http://:8083 on all interfaces, not ${isLoopbackHost(value) ? "loopback" : value} only.` : `Setting rest.port=${value} is ignored by ${version} (removed in 3.0.0) and listeners is not set: the REST API listens on the default port 8083, on all interfaces, not on ${value}.`
          };
        }
      }
    });
  }
});

// src/model/kafka/connect-overrides.ts
function clientOverrides(doc) {
  const out = [];
  for (const entry of doc.effectiveEntries()) {
    const prefix = OVERRIDE_PREFIXES.find((candidate) => entry.key.startsWith(candidate));
    if (prefix && entry.key.length > prefix.length) out.push({ entry, prefix, clientKey: entry.key.slice(prefix.length) });
  }
  return out;
}
function policyKindOf(value) {
  let name = value.trim();
  if (name.startsWith(POLICY_PACKAGE)) name = name.slice(POLICY_PACKAGE.length);
  name = name.replace(/ConnectorClientConfigOverridePolicy$/, "");
  return BUILT_IN.find((kind) => kind.toLowerCase() === name.toLowerCase()) ?? "custom";
}
function overridePolicyOf(worker) {
  return policyFrom(worker.get("connector.client.config.override.policy"), worker.get("connector.client.config.override.allowlist"), worker.kafkaVersion);
}
function defaultOverridePolicy(version) {
  return policyFrom(void 0, void 0, version);
}
function policyFrom(entry, allowlistEntry, version) {
  if (!isAtLeast(version, "2.3")) {
    return { kind: "unsupported", name: "none (no client overrides before 2.3)", entry, allowlist: [], allowlistEntry, fromDefault: entry === void 0 };
  }
  const written = entry && !isUnknownValue(entry) ? entry.value.trim() : void 0;
  const name = written || defaultValue("connector.client.config.override.policy", version, "worker") || "None";
  const kind = isUnknownValue(entry) ? "custom" : policyKindOf(name);
  const allowlist = allowlistEntry && !isUnknownValue(allowlistEntry) ? listValue(allowlistEntry.value) : [];
  return { kind, name, entry: written ? entry : void 0, allowlist, allowlistEntry, fromDefault: !written };
}
function policyPermits(policy, clientKey) {
  switch (policy.kind) {
    case "All":
      return true;
    case "None":
    case "unsupported":
      return false;
    case "Principal":
      return PRINCIPAL_KEYS.includes(clientKey);
    case "Allowlist":
      return policy.allowlist.includes(clientKey);
    case "custom":
      return void 0;
  }
}
function connectWorkersFor(connector, deployment) {
  return deployment.workersFor(connector).filter((worker) => !isMirrorMakerConfig(worker));
}
function connectorPolicyView(connector, deployment) {
  const workers = connectWorkersFor(connector, deployment);
  const version = connector.kafkaVersion;
  if (workers.length === 0) return { workers, policies: [{ worker: void 0, policy: defaultOverridePolicy(version) }], version };
  return { workers, policies: workers.map((worker) => ({ worker, policy: overridePolicyOf(worker) })), version };
}
function viewPermits(view, clientKey) {
  let unknown = false;
  for (const { policy } of view.policies) {
    const permits = policyPermits(policy, clientKey);
    if (permits === true) return true;
    if (permits === void 0) unknown = true;
  }
  return unknown ? void 0 : false;
}
function describePolicies(view, clientKey) {
  const relevant = clientKey === void 0 ? view.policies : view.policies.filter(({ policy }) => policyPermits(policy, clientKey) !== false);
  const shown2 = relevant.length > 0 ? relevant : view.policies;
  return shown2.map(
    ({ worker, policy }) => worker ? `${policy.fromDefault ? "the default " : ""}policy ${policy.name} of worker ${worker.file}` : `no worker config was found, so Kafka ${formatVersion(view.version)}'s default policy ${policy.name} applies`
  ).join("; ");
}
function connectorRuntimeVersion(connector, workers) {
  const known = workers.filter((worker) => worker.kafkaVersionFromInput);
  if (known.length > 0) {
    const oldest = known.reduce((a, b) => compareVersions(a.kafkaVersion, b.kafkaVersion) <= 0 ? a : b);
    return { version: oldest.kafkaVersion, source: `Kafka ${formatVersion(oldest.kafkaVersion)} (version of worker ${oldest.file})` };
  }
  return { version: connector.kafkaVersion, source: connector.kafkaVersionText };
}
var OVERRIDE_PREFIXES, POLICY_PACKAGE, BUILT_IN, PRINCIPAL_KEYS;
var init_connect_overrides = __esm({
  "src/model/kafka/connect-overrides.ts"() {
    "use strict";
    init_defaults();
    init_version();
    init_connect_worker();
    OVERRIDE_PREFIXES = ["producer.override.", "consumer.override.", "admin.override."];
    POLICY_PACKAGE = "org.apache.kafka.connect.connector.policy.";
    BUILT_IN = ["All", "None", "Principal", "Allowlist"];
    PRINCIPAL_KEYS = ["sasl.jaas.config", "sasl.mechanism", "security.protocol"];
  }
});

// src/model/kafka/connect-dangerous-keys.ts
function dangerOf(clientKey) {
  if (clientKey === "sasl.jaas.config") return "jaas";
  if (CLASS_LOADING_KEYS.has(clientKey)) return "class-loading";
  if (clientKey === "config.providers" || clientKey.startsWith("config.providers.")) return "config-provider";
  if (OAUTH_LOCATION_KEYS.has(clientKey)) return "oauth-url";
  if (clientKey === "bootstrap.servers") return "redirect";
  if (clientKey === "security.protocol" || clientKey === "ssl.endpoint.identification.algorithm" || clientKey === "sasl.mechanism") return "downgrade";
  return void 0;
}
function isClassLoadingKey(clientKey) {
  return CLASS_LOADING_KEYS.has(clientKey);
}
var CLASS_LOADING_KEYS, OAUTH_LOCATION_KEYS, DANGER_TEXT;
var init_connect_dangerous_keys = __esm({
  "src/model/kafka/connect-dangerous-keys.ts"() {
    "use strict";
    CLASS_LOADING_KEYS = /* @__PURE__ */ new Set([
      "sasl.login.class",
      "sasl.login.callback.handler.class",
      "sasl.client.callback.handler.class",
      "ssl.engine.factory.class",
      "interceptor.classes",
      "metric.reporters",
      "security.providers",
      "partitioner.class",
      "key.serializer",
      "value.serializer",
      "key.deserializer",
      "value.deserializer",
      "sasl.oauthbearer.jwt.retriever.class",
      "sasl.oauthbearer.jwt.validator.class"
    ]);
    OAUTH_LOCATION_KEYS = /* @__PURE__ */ new Set([
      "sasl.oauthbearer.token.endpoint.url",
      "sasl.oauthbearer.jwks.endpoint.url",
      "sasl.oauthbearer.assertion.file",
      "sasl.oauthbearer.assertion.private.key.file",
      "sasl.oauthbearer.assertion.template.file"
    ]);
    DANGER_TEXT = {
      jaas: "any JAAS login module, including JndiLoginModule and LdapLoginModule (CVE-2023-25194, CVE-2025-27818)",
      "class-loading": "a class of its choosing loaded into the worker JVM",
      "config-provider": "config providers that read worker files and environment variables (CVE-2024-31141)",
      "oauth-url": "OAuth token and key URLs or files the worker fetches (CVE-2025-27817)",
      redirect: "brokers of its choosing, receiving the worker-level client credentials",
      downgrade: "a weaker security protocol, mechanism or hostname check"
    };
  }
});

// rules/connect-override-allowlist-unsafe.ts
function jaasSeverity(version) {
  return isAtLeast(version, "3.9.1") ? "medium" : "high";
}
function severityOf(kind, version) {
  if (kind === "jaas") return jaasSeverity(version);
  if (kind === "redirect" || kind === "downgrade") return "medium";
  return "high";
}
var connect_override_allowlist_unsafe_default;
var init_connect_override_allowlist_unsafe = __esm({
  "rules/connect-override-allowlist-unsafe.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    init_connect_overrides();
    init_connect_dangerous_keys();
    init_version();
    connect_override_allowlist_unsafe_default = defineRule({
      id: "connect-override-allowlist-unsafe",
      title: "Connector client override policy admits settings that load code or read files",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-458", "KIP-1188", "CVE-2023-25194", "CVE-2025-27818", "https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy"],
      cwe: [15, 94],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        const policy = overridePolicyOf(doc);
        const version = doc.kafkaVersion;
        if (policy.kind === "Principal") {
          const blocked = isAtLeast(version, "3.9.1") ? " (the default org.apache.kafka.disallowed.login.modules blocks only JNDI and LDAP)" : isAtLeast(version, "3.4") ? " (this version blocks JndiLoginModule by default, not LdapLoginModule)" : " (this version blocks no login module)";
          const entry2 = policy.entry;
          const message = `Override policy connector.client.config.override.policy=${policy.name} lets every REST user set sasl.jaas.config and security.protocol on a connector's clients: ${DANGER_TEXT.jaas}${blocked}.`;
          if (entry2) yield { entry: entry2, severity: jaasSeverity(version), message };
          return;
        }
        if (policy.kind !== "Allowlist" || !policy.allowlistEntry || isUnknownValue(policy.allowlistEntry)) return;
        const entry = policy.allowlistEntry;
        let offset = 0;
        for (const part of entry.value.split(",")) {
          const key = part.trim();
          const at = offset + part.indexOf(key);
          offset += part.length + 1;
          const kind = key === "" ? void 0 : dangerOf(key);
          if (!kind) continue;
          yield {
            entry,
            span: spanWithinValue(entry, at, key.length),
            severity: severityOf(kind, version),
            message: `The allowlist connector.client.config.override.allowlist admits ${key}: a REST user can give a connector's clients ${DANGER_TEXT[kind]}.`,
            discriminator: key
          };
        }
      }
    });
  }
});

// rules/connect-override-policy-all.ts
var connect_override_policy_all_default;
var init_connect_override_policy_all = __esm({
  "rules/connect-override-policy-all.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    init_connect_overrides();
    connect_override_policy_all_default = defineRule({
      id: "connect-override-policy-all",
      title: "Connectors may override any setting of their Kafka clients",
      severity: "high",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-458", "KIP-722", "KIP-1188", "CVE-2023-25194", "CVE-2024-31141", "CVE-2025-27817", "CVE-2025-27818", "https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy"],
      cwe: [15, 94],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        const policy = overridePolicyOf(doc);
        if (policy.kind !== "All") return;
        const open = unauthenticatedRestListeners(doc).length > 0;
        const inCluster = open && doc.format === "strimzi";
        const severity = open && !inCluster ? "critical" : "high";
        const reach = inCluster ? "any pod that gets past Strimzi's NetworkPolicy to the unauthenticated in-cluster REST API" : open ? "anyone who reaches the unauthenticated REST API" : "every REST user";
        const impact = `${reach} can give a connector's clients any setting: JNDI/LDAP JAAS login modules, config providers that read worker files, OAuth URLs the worker fetches, classes to load, other brokers`;
        if (policy.entry) {
          yield { entry: policy.entry, severity, message: `Override policy connector.client.config.override.policy=${policy.name}: ${impact}.` };
          return;
        }
        yield {
          key: "connector.client.config.override.policy",
          severity,
          message: `No connector.client.config.override.policy is set, and ${doc.kafkaVersionText} defaults to All (KIP-722, 3.0 to 4.x): ${impact}.`
        };
      }
    });
  }
});

// rules/connect-plugin-path-world-writable.ts
var WORLD_WRITABLE, connect_plugin_path_world_writable_default;
var init_connect_plugin_path_world_writable = __esm({
  "rules/connect-plugin-path-world-writable.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_providers();
    init_connect_worker();
    WORLD_WRITABLE = ["/tmp", "/var/tmp", "/dev/shm", "/var/crash"];
    connect_plugin_path_world_writable_default = defineRule({
      id: "connect-plugin-path-world-writable",
      title: "Connect loads plugins from a directory any local user can write",
      severity: "medium",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "local-user",
      posture: "production",
      references: ["CWE-427", "CWE-732", "KIP-146", "https://kafka.apache.org/documentation/#connectconfigs_plugin.path"],
      cwe: [427, 732],
      *check(doc) {
        const entry = doc.get("plugin.path");
        if (!entry || isUnknownValue(entry)) return;
        let offset = 0;
        for (const part of entry.value.split(",")) {
          const path = part.trim();
          const at = offset + part.indexOf(path);
          offset += part.length + 1;
          if (path === "") continue;
          const normalized = normalizePath(path);
          const root = WORLD_WRITABLE.find((candidate) => pathWithin(normalized, candidate));
          if (!root) continue;
          yield {
            entry,
            span: spanWithinValue(entry, at, path.length),
            message: `The plugin.path entry ${path} lies under the world-writable ${root}: any local user can drop a jar there that the worker loads and runs with its rights and credentials.`,
            discriminator: path
          };
        }
      }
    });
  }
});

// rules/connect-rest-advertised-http.ts
var connect_rest_advertised_http_default;
var init_connect_rest_advertised_http = __esm({
  "rules/connect-rest-advertised-http.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    connect_rest_advertised_http_default = defineRule({
      id: "connect-rest-advertised-http",
      title: "Connect workers forward REST requests to each other over http although https is available",
      severity: "medium",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "KAFKA-8404", "https://kafka.apache.org/documentation/#connectconfigs_rest.advertised.listener"],
      cwe: [319],
      *check(doc) {
        if (!servesRestApi(doc) || !isDistributedWorker(doc)) return;
        const rest = restListeners(doc);
        if (!rest || rest.source !== "listeners" || !rest.entry) return;
        const protocols = new Set(rest.listeners.map((listener) => listener.protocol));
        if (!protocols.has("https") || !protocols.has("http")) return;
        const advertised = doc.get("rest.advertised.listener");
        if (advertised) {
          if (isUnknownValue(advertised) || advertised.value.trim().toLowerCase() !== "http") return;
          yield {
            entry: advertised,
            message: "The advertised REST listener (rest.advertised.listener) is http while an https listener exists: followers forward REST requests to the leader, with the caller's Authorization header and connector configs, in cleartext."
          };
          return;
        }
        yield {
          entry: rest.entry,
          message: "The REST listeners include both http and https, and rest.advertised.listener is not set, so Kafka advertises the http one: followers forward REST requests to the leader, with the caller's Authorization header and connector configs, in cleartext."
        };
      }
    });
  }
});

// rules/connect-rest-error-details-exposed.ts
var connect_rest_error_details_exposed_default;
var init_connect_rest_error_details_exposed = __esm({
  "rules/connect-rest-error-details-exposed.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    connect_rest_error_details_exposed_default = defineRule({
      id: "connect-rest-error-details-exposed",
      title: "Connect REST API returns exception messages and stack traces to unauthenticated callers",
      severity: "low",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "hardened",
      references: ["KIP-587", "KAFKA-9766", "CWE-209", "https://cwiki.apache.org/confluence/display/KAFKA/KIP-587%3A+Suppress+detailed+responses+for+handled+exceptions+in+security-sensitive+environments"],
      cwe: [209],
      *check(doc) {
        if (!servesRestApi(doc) || doc.format === "strimzi") return;
        if (restAuth(doc).extensions.length > 0 || isUnknownValue(doc.get("rest.extension.classes"))) return;
        const rest = restListeners(doc);
        if (!rest) return;
        const exposed = rest.listeners.filter((listener) => !listener.loopback && !listenerRequiresClientCertificate(doc, listener));
        if (exposed.length === 0) return;
        const first = exposed[0];
        const message = `REST listener ${describeListener(first)} serves error bodies with exception messages and /connectors/{name}/status with full stack traces, and no REST extension or loopback-only listener keeps callers from probing it (Kafka has no setting to suppress them, KIP-587).`;
        if (!rest.entry) {
          yield { key: "listeners", message: `No listeners are set, so the default ${describeListener(first)} serves error bodies with exception messages and stack traces to any caller; Kafka has no setting to suppress them (KIP-587), so add a REST extension or bind the REST API to loopback.` };
          return;
        }
        yield {
          entry: rest.entry,
          span: rest.source === "listeners" ? spanWithinValue(rest.entry, first.offset, first.text.length) : rest.entry.span,
          message
        };
      }
    });
  }
});

// rules/connect-rest-unauthenticated.ts
var connect_rest_unauthenticated_default;
var init_connect_rest_unauthenticated = __esm({
  "rules/connect-rest-unauthenticated.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_worker();
    connect_rest_unauthenticated_default = defineRule({
      id: "connect-rest-unauthenticated",
      title: "Connect REST API accepts requests from anyone who can reach it",
      severity: "critical",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "rest-client",
      posture: "production",
      references: ["CWE-306", "https://kafka.apache.org/documentation/#connect_rest", "https://kafka.apache.org/documentation/#connectconfigs_rest.extension.classes"],
      cwe: [306],
      *check(doc) {
        if (!servesRestApi(doc)) return;
        const auth = restAuth(doc);
        if (auth.authenticating) return;
        const rest = restListeners(doc);
        if (!rest) return;
        const why = auth.extensions.length > 0 ? `the configured REST extensions (${auth.extensions.join(", ")}) do not authenticate callers` : "rest.extension.classes names no authenticating REST extension";
        for (const listener of rest.listeners) {
          if (listener.loopback || listenerRequiresClientCertificate(doc, listener)) continue;
          const tls = listener.protocol === "https" ? ", and ssl.client.auth is not required" : "";
          const impact = "anyone who reaches it can create, reconfigure and delete connectors and read every connector config";
          if (!rest.entry) {
            yield {
              key: "listeners",
              message: `No listeners are set, so the Connect REST API listens on the default ${describeListener(listener)} and ${why}: ${impact}.`,
              discriminator: listener.text
            };
            continue;
          }
          const from = rest.source === "legacy" ? ` (built from the legacy ${rest.entry.key})` : "";
          if (doc.format === "strimzi") {
            yield {
              entry: rest.entry,
              severity: "medium",
              message: `Strimzi serves the Connect REST API unauthenticated on ${listener.text} (its REST service inside the Kubernetes cluster); only its generated NetworkPolicy, created when KafkaConnector resources are enabled and enforced only by a CNI that supports it, keeps other pods in the cluster from creating connectors and reading their configs.`,
              discriminator: listener.text
            };
            continue;
          }
          yield {
            entry: rest.entry,
            span: rest.source === "listeners" ? spanWithinValue(rest.entry, listener.offset, listener.text.length) : rest.entry.span,
            message: `REST listener ${describeListener(listener)}${from} is unauthenticated: ${why}${tls}; ${impact}.`,
            discriminator: listener.text
          };
        }
      }
    });
  }
});

// rules/connect-worker-client-security-missing.ts
var connect_worker_client_security_missing_default;
var init_connect_worker_client_security_missing = __esm({
  "rules/connect-worker-client-security-missing.ts"() {
    "use strict";
    init_rule_kit();
    init_client_security();
    connect_worker_client_security_missing_default = defineRule({
      id: "connect-worker-client-security-missing",
      title: "Connector producers and consumers do not inherit the worker\u2019s Kafka security settings",
      severity: "medium",
      component: "worker",
      appliesTo: ["worker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "https://docs.confluent.io/platform/current/connect/security.html"],
      cwe: [319],
      *check(doc) {
        const views = clientViews(doc);
        const own = views.find((view) => view.prefix === "");
        if (!own) return;
        const worker = securityProtocol(doc, own);
        if (!worker.entry || worker.value === void 0 || worker.value === "PLAINTEXT") return;
        const missing = [];
        for (const view of views.filter((candidate) => candidate.prefix === "producer." || candidate.prefix === "consumer.")) {
          if (doc.has(`${view.prefix}security.protocol`)) continue;
          if (bootstrapIsLoopbackOnly(resolveKey(doc, view, "bootstrap.servers").value)) continue;
          missing.push(`${view.prefix}security.protocol`);
        }
        if (missing.length === 0) return;
        const who = missing.map((key) => key.startsWith("producer.") ? "source connectors' producers" : "sink connectors' consumers").join(" and ");
        yield {
          entry: worker.entry,
          message: `The worker's security.protocol=${worker.entry.value.trim()} secures only the worker's own clients; ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set, so ${who} connect with PLAINTEXT: they either fail against the secured listener or send records unencrypted and unauthenticated.`,
          discriminator: missing.join(",")
        };
      }
    });
  }
});

// src/model/kafka/broker-limits.ts
function parseNumber(value) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (!/^[+-]?\d+$/.test(text)) return void 0;
  return Number(text);
}
function formatBytes(bytes) {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && value % 1024 === 0 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value} ${units[unit]}`;
}
var SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT, SOCKET_REQUEST_MAX_BYTES_DEFAULT, QUEUED_MAX_REQUESTS_DEFAULT, INT_MAX;
var init_broker_limits = __esm({
  "src/model/kafka/broker-limits.ts"() {
    "use strict";
    SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT = 524288;
    SOCKET_REQUEST_MAX_BYTES_DEFAULT = 104857600;
    QUEUED_MAX_REQUESTS_DEFAULT = 500;
    INT_MAX = 2147483647;
  }
});

// rules/connection-limits-unset.ts
var connection_limits_unset_default;
var init_connection_limits_unset = __esm({
  "rules/connection-limits-unset.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_limits();
    connection_limits_unset_default = defineRule({
      id: "connection-limits-unset",
      title: "The number of client connections is unlimited",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "hardened",
      references: ["KIP-402", "CWE-770", "https://kafka.apache.org/documentation/#brokerconfigs_max.connections"],
      cwe: [770],
      *check(doc) {
        if (!isServerConfig(doc)) return;
        for (const key of ["max.connections", "max.connections.per.ip"]) {
          const entry = doc.get(key);
          if (isUnknown(entry)) continue;
          if (!entry) {
            if (key === "max.connections" && doc.withPrefix("listener.name.").some((other) => other.key.endsWith(".max.connections"))) continue;
            yield { key, message: `No ${key} is set, so Kafka accepts an unlimited number of connections${key.endsWith(".ip") ? " from one address" : ""}: one client can exhaust the broker's file descriptors and memory.` };
            continue;
          }
          if ((parseNumber(entry.value) ?? 0) >= INT_MAX) {
            yield { entry, message: `The ${key} value ${entry.value.trim()} is Kafka's "unlimited": one client can exhaust the broker's file descriptors and memory.` };
          }
        }
      }
    });
  }
});

// rules/connector-bootstrap-override-leaks-worker-credentials.ts
function servers(value) {
  return new Set(listValue(value).map((server) => `${hostOf(server).toLowerCase()}:${server.slice(server.lastIndexOf(":") + 1)}`));
}
var REUSABLE, connector_bootstrap_override_leaks_worker_credentials_default;
var init_connector_bootstrap_override_leaks_worker_credentials = __esm({
  "rules/connector-bootstrap-override-leaks-worker-credentials.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_overrides();
    init_client_security();
    init_connect_worker();
    init_jaas();
    REUSABLE = /* @__PURE__ */ new Set(["PLAIN", "OAUTHBEARER"]);
    connector_bootstrap_override_leaks_worker_credentials_default = defineRule({
      id: "connector-bootstrap-override-leaks-worker-credentials",
      title: "Connector redirects its clients to other brokers while they carry the worker\u2019s credentials",
      severity: "high",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "production",
      references: ["CWE-522", "CWE-441", "KIP-458", "https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy"],
      cwe: [522, 441],
      *check(doc, ctx) {
        const workers = connectWorkersFor(doc, ctx.deployment);
        if (workers.length === 0) return;
        for (const { entry, prefix } of clientOverrides(doc).filter((override) => override.clientKey === "bootstrap.servers")) {
          if (isUnknownValue(entry)) continue;
          if (doc.has(`${prefix}sasl.jaas.config`) || doc.has(`${prefix}ssl.keystore.location`)) continue;
          const client = prefix.slice(0, prefix.indexOf("."));
          const target = servers(entry.value);
          for (const worker of workers) {
            if (policyPermits(overridePolicyOf(worker), "bootstrap.servers") !== true) continue;
            const jaas = worker.get(`${client}.sasl.jaas.config`) ?? (client === "admin" ? worker.get("sasl.jaas.config") : void 0);
            if (!jaas) continue;
            const own = worker.get(`${client}.bootstrap.servers`) ?? worker.get("bootstrap.servers");
            if (own && !isUnknownValue(own) && [...target].every((server) => servers(own.value).has(server))) continue;
            const mechanism = (worker.get(`${client}.sasl.mechanism`) ?? (client === "admin" ? worker.get("sasl.mechanism") : void 0))?.value.trim().toUpperCase() ?? "GSSAPI";
            const module2 = parseJaasConfig(jaas.value)[0]?.className;
            const severity = REUSABLE.has(mechanism) ? "high" : "medium";
            const gives = REUSABLE.has(mechanism) ? `its ${mechanism === "PLAIN" ? "password" : "bearer token"}` : `a ${mechanism} authentication exchange`;
            yield {
              entry,
              severity,
              message: `Override ${entry.key} sends the connector's ${client} client to brokers the connector names, but it still logs in with ${jaas.key}${module2 ? ` (${module2.split(".").pop()})` : ""} of worker ${worker.file}: whoever runs those brokers receives ${gives}.`,
              discriminator: worker.file
            };
            break;
          }
        }
      }
    });
  }
});

// rules/connector-client-security-downgrade.ts
var connector_client_security_downgrade_default;
var init_connector_client_security_downgrade = __esm({
  "rules/connector-client-security-downgrade.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_overrides();
    init_client_security();
    init_connect_worker();
    connector_client_security_downgrade_default = defineRule({
      id: "connector-client-security-downgrade",
      title: "Connector overrides weaken the security of its Kafka clients",
      severity: "high",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "CWE-297", "KIP-458", "https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy"],
      cwe: [319, 297],
      *check(doc, ctx) {
        const overrides = clientOverrides(doc);
        if (overrides.length === 0) return;
        const view = connectorPolicyView(doc, ctx.deployment);
        const value = (prefix, key) => {
          const entry = doc.get(`${prefix}${key}`);
          return entry && !isUnknownValue(entry) ? entry.value.trim() : void 0;
        };
        for (const { entry, prefix, clientKey } of overrides) {
          if (isUnknownValue(entry)) continue;
          if (viewPermits(view, clientKey) === false) continue;
          if (bootstrapIsLoopbackOnly(value(prefix, "bootstrap.servers"))) continue;
          const client = `the connector's ${prefix.slice(0, prefix.indexOf("."))} client`;
          const accepted = describePolicies(view, clientKey);
          if (clientKey === "security.protocol") {
            const protocol = entry.value.trim().toUpperCase();
            if (protocol === "PLAINTEXT") {
              yield { entry, message: `Override ${entry.key}=${entry.value.trim()} makes ${client} talk to Kafka without encryption or authentication; ${accepted}.` };
            } else if (protocol === "SASL_PLAINTEXT") {
              const plain = value(prefix, "sasl.mechanism")?.toUpperCase() === "PLAIN";
              yield {
                entry,
                severity: plain ? "high" : "medium",
                message: plain ? `Override ${entry.key}=${entry.value.trim()} with SASL/PLAIN makes ${client} send its password in cleartext; ${accepted}.` : `Override ${entry.key}=${entry.value.trim()} makes ${client} authenticate but send all records unencrypted; ${accepted}.`
              };
            }
          } else if (clientKey === "ssl.endpoint.identification.algorithm" && entry.value.trim() === "") {
            yield { entry, message: `Override ${entry.key} is empty, so ${client} accepts any broker certificate for any host name: a man in the middle can read and alter its traffic; ${accepted}.` };
          }
        }
      }
    });
  }
});

// rules/connector-dlq-context-headers-enabled.ts
var connector_dlq_context_headers_enabled_default;
var init_connector_dlq_context_headers_enabled = __esm({
  "rules/connector-dlq-context-headers-enabled.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    connector_dlq_context_headers_enabled_default = defineRule({
      id: "connector-dlq-context-headers-enabled",
      title: "Sink connector copies exception messages and stack traces into its dead letter queue",
      severity: "low",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "authenticated-client",
      posture: "hardened",
      references: ["KIP-298", "CWE-209", "https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.deadletterqueue.context.headers.enable"],
      cwe: [209],
      *check(doc) {
        const entry = doc.get("errors.deadletterqueue.context.headers.enable");
        if (!entry || isUnknownValue(entry) || entry.value.trim().toLowerCase() !== "true") return;
        const topic = doc.get("errors.deadletterqueue.topic.name");
        if (!topic || topic.value.trim() === "") return;
        yield {
          entry,
          message: `Setting errors.deadletterqueue.context.headers.enable=true adds each failure's exception class, message and stack trace to the records in ${isUnknownValue(topic) ? "the dead letter queue" : topic.value.trim()}: every principal allowed to read that topic sees them, along with the failed records.`
        };
      }
    });
  }
});

// rules/connector-errors-log-include-messages.ts
function isTrue(value) {
  return value?.trim().toLowerCase() === "true";
}
var connector_errors_log_include_messages_default;
var init_connector_errors_log_include_messages = __esm({
  "rules/connector-errors-log-include-messages.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_worker();
    connector_errors_log_include_messages_default = defineRule({
      id: "connector-errors-log-include-messages",
      title: "Connector writes failed records\u2019 contents to the worker log",
      severity: "low",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "local-user",
      posture: "production",
      references: ["KIP-298", "CWE-532", "https://kafka.apache.org/documentation/#sourceconnectorconfigs_errors.log.include.messages"],
      cwe: [532],
      *check(doc) {
        const entry = doc.get("errors.log.include.messages");
        if (!entry || isUnknownValue(entry) || !isTrue(entry.value)) return;
        if (!isTrue(doc.get("errors.log.enable")?.value)) return;
        const connectorClass = doc.get("connector.class")?.value ?? "";
        const source = /source/i.test(connectorClass.slice(connectorClass.lastIndexOf(".") + 1)) || connectorClass.trim().startsWith("io.debezium.connector.");
        yield {
          entry,
          severity: source ? "medium" : "low",
          message: source ? "Setting errors.log.include.messages=true with errors.log.enable=true logs the key, value and headers of every failed record of this source connector: whoever reads the worker logs reads that data." : "Setting errors.log.include.messages=true with errors.log.enable=true logs the topic, partition and offset of every failed record, and for source connectors their key, value and headers, to the worker log."
        };
      }
    });
  }
});

// rules/connector-jndi-ldap-login-module.ts
var MODULES, connector_jndi_ldap_login_module_default;
var init_connector_jndi_ldap_login_module = __esm({
  "rules/connector-jndi-ldap-login-module.ts"() {
    "use strict";
    init_rule_kit();
    init_jaas();
    init_listeners();
    init_connect_overrides();
    init_version();
    MODULES = /* @__PURE__ */ new Map([
      ["com.sun.security.auth.module.JndiLoginModule", { name: "JndiLoginModule", cve: "CVE-2023-25194", blockedSince: "3.4.0" }],
      ["com.sun.security.auth.module.LdapLoginModule", { name: "LdapLoginModule", cve: "CVE-2025-27818", blockedSince: "3.9.1" }]
    ]);
    connector_jndi_ldap_login_module_default = defineRule({
      id: "connector-jndi-ldap-login-module",
      title: "Connector config makes the worker load a JNDI or LDAP JAAS login module",
      severity: "critical",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "development",
      references: ["CVE-2023-25194", "CVE-2025-27818", "CWE-502", "CWE-917", "https://kafka.apache.org/cve-list"],
      cwe: [502, 917],
      *check(doc, ctx) {
        const { version, source: versionText } = connectorRuntimeVersion(doc, connectWorkersFor(doc, ctx.deployment));
        for (const entry of doc.effectiveEntries()) {
          if (entry.key !== "sasl.jaas.config" && !entry.key.endsWith(".sasl.jaas.config")) continue;
          for (const module2 of parseJaasConfig(entry.value)) {
            const known = MODULES.get(module2.className);
            if (!known) continue;
            const override = OVERRIDE_PREFIXES.some((prefix) => entry.key === `${prefix}sasl.jaas.config`);
            const view = override ? connectorPolicyView(doc, ctx.deployment) : void 0;
            const permitted = view ? viewPermits(view, "sasl.jaas.config") : true;
            const blocked = isAtLeast(version, known.blockedSince);
            let severity;
            let status;
            if (override && !isAtLeast(version, "2.3")) {
              severity = "medium";
              status = `${versionText} predates client overrides (2.3.0), so the override is ignored`;
            } else if (permitted === false) {
              severity = "medium";
              status = `the override is rejected today (${describePolicies(view)}), but one policy change makes it live`;
            } else if (blocked) {
              severity = "high";
              status = `${versionText} blocks ${known.name} by default through org.apache.kafka.disallowed.login.modules, unless the worker JVM changes that property`;
            } else {
              severity = "critical";
              status = `${versionText} does not block ${known.name} by default (fixed in ${known.blockedSince})`;
            }
            yield {
              entry,
              span: spanWithinValue(entry, module2.offset, module2.className.length),
              severity,
              references: [known.cve],
              message: `The JAAS config in ${entry.key} uses ${module2.className} (${known.cve}): the worker contacts a directory server named in the config and deserializes its answer, remote code execution with the worker's rights; ${status}.`,
              discriminator: known.name
            };
          }
        }
      }
    });
  }
});

// rules/connector-oauth-endpoint-file-or-internal.ts
function internalHost(host) {
  const lower = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (isLoopbackHost(lower) || lower === "0.0.0.0") return "the worker itself";
  if (/^169\.254\./.test(lower) || lower === "fd00:ec2::254" || lower === "100.100.100.200" || lower === "metadata.google.internal" || lower === "metadata") return "the cloud metadata service";
  if (/^fe80:/.test(lower)) return "a link-local address";
  return void 0;
}
function hostOfUrl(url) {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  return match?.[1];
}
function targetOf(clientKey, value) {
  const trimmed = value.trim();
  if (FILE_KEYS.includes(clientKey)) {
    const kind = systemFileKind(trimmed);
    return kind ? `${trimmed}, ${kind}` : void 0;
  }
  if (/^file:/i.test(trimmed)) return `a file: URL (${trimmed.replace(/^file:(\/\/)?/i, "")})`;
  const host = hostOfUrl(trimmed);
  if (host === void 0) return void 0;
  const internal = internalHost(host);
  return internal ? `${internal} (${host})` : void 0;
}
var URL_KEYS, FILE_KEYS, connector_oauth_endpoint_file_or_internal_default;
var init_connector_oauth_endpoint_file_or_internal = __esm({
  "rules/connector-oauth-endpoint-file-or-internal.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_overrides();
    init_connect_worker();
    init_connect_providers();
    init_version();
    URL_KEYS = ["sasl.oauthbearer.token.endpoint.url", "sasl.oauthbearer.jwks.endpoint.url"];
    FILE_KEYS = ["sasl.oauthbearer.assertion.file", "sasl.oauthbearer.assertion.private.key.file", "sasl.oauthbearer.assertion.template.file"];
    connector_oauth_endpoint_file_or_internal_default = defineRule({
      id: "connector-oauth-endpoint-file-or-internal",
      title: "Connector config points its clients\u2019 OAuth endpoints at worker files or internal hosts",
      severity: "critical",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "development",
      references: ["CVE-2025-27817", "CWE-918", "CWE-73", "KIP-768", "https://kafka.apache.org/cve-list"],
      cwe: [918, 73],
      *check(doc, ctx) {
        const { version, source: versionText } = connectorRuntimeVersion(doc, connectWorkersFor(doc, ctx.deployment));
        for (const entry of doc.effectiveEntries()) {
          if (isUnknownValue(entry)) continue;
          const clientKey = [...URL_KEYS, ...FILE_KEYS].find((key) => entry.key === key || entry.key.endsWith(`.${key}`));
          if (!clientKey) continue;
          const target = targetOf(clientKey, entry.value);
          if (!target) continue;
          const override = OVERRIDE_PREFIXES.some((prefix) => entry.key === `${prefix}${clientKey}`);
          const view = override ? connectorPolicyView(doc, ctx.deployment) : void 0;
          const permitted = view ? viewPermits(view, clientKey) : true;
          let severity;
          let status;
          if (permitted === false) {
            severity = "medium";
            status = `the override is rejected today (${describePolicies(view)})`;
          } else if (!isAtLeast(version, "3.1")) {
            severity = "low";
            status = `${versionText} predates OAuth endpoint support (3.1.0, KIP-768), so the key is ignored`;
          } else if (isAtLeast(version, "4.0")) {
            severity = "high";
            status = `${versionText} refuses URLs and files missing from org.apache.kafka.sasl.oauthbearer.allowed.urls / allowed.files by default, unless the worker JVM lists them`;
          } else {
            severity = "critical";
            status = `${versionText} fetches any URL or file here by default (the allowlist system property arrived in 3.9.1 and denies by default only from 4.0.0)`;
          }
          yield {
            entry,
            severity,
            message: `The OAuth setting ${entry.key} points at ${target} (CVE-2025-27817): the worker reads it on the connector's behalf and its content can surface in errors and logs; ${status}.`
          };
        }
      }
    });
  }
});

// rules/connector-override-class-loading.ts
var KNOWN_PREFIXES, connector_override_class_loading_default;
var init_connector_override_class_loading = __esm({
  "rules/connector-override-class-loading.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_overrides();
    init_connect_dangerous_keys();
    init_connect_worker();
    KNOWN_PREFIXES = ["org.apache.kafka.", "io.confluent.monitoring.clients.interceptor.", "software.amazon.msk.auth.iam.", "io.strimzi.kafka.oauth."];
    connector_override_class_loading_default = defineRule({
      id: "connector-override-class-loading",
      title: "Connector config makes the worker load classes of its choosing into its clients",
      severity: "high",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-458", "CWE-470", "https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy"],
      cwe: [470],
      *check(doc, ctx) {
        const overrides = clientOverrides(doc).filter((override) => isClassLoadingKey(override.clientKey) && !isUnknownValue(override.entry));
        if (overrides.length === 0) return;
        const view = connectorPolicyView(doc, ctx.deployment);
        for (const { entry, clientKey } of overrides) {
          if (viewPermits(view, clientKey) === false) continue;
          let offset = 0;
          for (const part of entry.value.split(",")) {
            const name = part.trim();
            const at = offset + part.indexOf(name);
            offset += part.length + 1;
            if (name === "" || KNOWN_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
            yield {
              entry,
              span: spanWithinValue(entry, at, name.length),
              message: `Override ${entry.key} makes the worker instantiate ${name} inside the connector's client, with the worker's rights and credentials; ${describePolicies(view, clientKey)}.`,
              discriminator: name
            };
          }
        }
      }
    });
  }
});

// rules/connector-override-config-providers.ts
var connector_override_config_providers_default;
var init_connector_override_config_providers = __esm({
  "rules/connector-override-config-providers.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_overrides();
    init_connect_providers();
    init_version();
    connector_override_config_providers_default = defineRule({
      id: "connector-override-config-providers",
      title: "Connector config declares config providers inside its Kafka clients",
      severity: "high",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "development",
      references: ["CVE-2024-31141", "CWE-22", "CWE-526", "https://kafka.apache.org/documentation/#config_providers"],
      cwe: [22, 526],
      *check(doc, ctx) {
        const { version, source: versionText } = connectorRuntimeVersion(doc, connectWorkersFor(doc, ctx.deployment));
        for (const prefix of OVERRIDE_PREFIXES) {
          const list = doc.get(`${prefix}config.providers`);
          if (!list) continue;
          const view = connectorPolicyView(doc, ctx.deployment);
          const permitted = viewPermits(view, "config.providers");
          const classes = declaredProviders(doc, prefix).map((provider) => provider.className).filter((name) => name !== void 0);
          const what = classes.length > 0 ? ` (${classes.join(", ")})` : "";
          let severity = "high";
          let status;
          if (permitted === false) {
            severity = "medium";
            status = `the override is rejected today (${describePolicies(view)})`;
          } else if (isAtLeast(version, "3.7.1")) {
            status = `${versionText} still instantiates them unless the worker JVM sets -Dorg.apache.kafka.automatic.config.providers=none`;
          } else {
            status = `${versionText} has no way to turn automatic config providers off (org.apache.kafka.automatic.config.providers arrived in 3.7.1 and 3.8.0)`;
          }
          yield {
            entry: list,
            severity,
            references: ["CVE-2024-31141"],
            message: `Override ${list.key} declares config providers${what} for the connector's own client (CVE-2024-31141): the client resolves \${\u2026} references in its own settings with them, reading worker files and environment variables outside the workers' allowlists; ${status}.`
          };
        }
      }
    });
  }
});

// src/model/kafka/connect-references.ts
function connectorReferences(doc) {
  const out = [];
  for (const entry of doc.effectiveEntries()) {
    if (!isUnknownValue(entry)) continue;
    for (const reference of findProviderReferences(entry.value)) out.push({ entry, reference });
  }
  return out;
}
function workerProviderMap(workers) {
  const map = /* @__PURE__ */ new Map();
  for (const worker of workers) {
    if (isUnknownValue(worker.get("config.providers"))) return void 0;
    if (worker.format === "cfk") return void 0;
    for (const provider of declaredProviders(worker)) {
      const list = map.get(provider.alias) ?? [];
      list.push({ worker, provider });
      map.set(provider.alias, list);
    }
  }
  return map;
}
function connectorOwnProvider(doc, entry, alias) {
  const prefix = OVERRIDE_PREFIXES.find((candidate) => entry.key.startsWith(candidate));
  if (!prefix) return void 0;
  return declaredProviders(doc, prefix).find((provider) => provider.alias === alias);
}
var init_connect_references = __esm({
  "src/model/kafka/connect-references.ts"() {
    "use strict";
    init_provider_reference();
    init_connect_providers();
    init_connect_overrides();
    init_connect_worker();
  }
});

// rules/connector-provider-path-not-allowed.ts
var connector_provider_path_not_allowed_default;
var init_connector_provider_path_not_allowed = __esm({
  "rules/connector-provider-path-not-allowed.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_overrides();
    init_connect_providers();
    init_connect_references();
    connector_provider_path_not_allowed_default = defineRule({
      id: "connector-provider-path-not-allowed",
      title: "Connector config references a file outside the workers\u2019 allowed paths",
      severity: "low",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-993", "CWE-22", "https://kafka.apache.org/documentation/#config_providers"],
      cwe: [22],
      *check(doc, ctx) {
        const workers = connectWorkersFor(doc, ctx.deployment);
        if (workers.length === 0) return;
        const providers = workerProviderMap(workers);
        if (!providers) return;
        for (const { entry, reference } of connectorReferences(doc)) {
          if (reference.path === void 0) continue;
          const files = (providers.get(reference.provider) ?? []).filter(({ provider }) => provider.kind === "file" || provider.kind === "directory");
          if (files.length === 0) continue;
          const path = normalizePath(reference.path);
          const rejecting = files.filter(({ provider }) => {
            const allowed = allowedPaths(provider);
            return allowed !== void 0 && !allowed.some((root) => pathWithin(path, root));
          });
          if (rejecting.length === 0) continue;
          const resolving = files.filter((item) => !rejecting.includes(item));
          const span = spanWithinValue(entry, reference.offset, reference.text.length);
          const first = rejecting[0];
          if (resolving.length > 0) {
            yield {
              entry,
              span,
              severity: "high",
              message: `The value of ${entry.key} references ${reference.path}, outside the allowed.paths of worker ${first.worker.file}, but worker ${resolving[0].worker.file} has no such restriction for provider ${reference.provider} and resolves it: the allowlist is only as strong as the weakest worker.`,
              discriminator: reference.text
            };
            continue;
          }
          yield {
            entry,
            span,
            message: `The value of ${entry.key} references ${reference.path}, outside config.providers.${reference.provider}.param.allowed.paths of worker ${first.worker.file}: Kafka refuses to resolve it, so the connector fails, and widening allowed.paths to make it work would expose more of the worker's files.`,
            discriminator: reference.text
          };
        }
      }
    });
  }
});

// rules/connector-provider-reads-system-file.ts
var connector_provider_reads_system_file_default;
var init_connector_provider_reads_system_file = __esm({
  "rules/connector-provider-reads-system-file.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_overrides();
    init_connect_providers();
    init_connect_references();
    connector_provider_reads_system_file_default = defineRule({
      id: "connector-provider-reads-system-file",
      title: "Connector config reads a system or credential file of the Connect worker",
      severity: "high",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "production",
      references: ["CWE-22", "CWE-200", "CVE-2024-31141", "KIP-297", "https://kafka.apache.org/documentation/#config_providers"],
      cwe: [22, 200],
      *check(doc, ctx) {
        const workers = connectWorkersFor(doc, ctx.deployment);
        const providers = workerProviderMap(workers);
        for (const { entry, reference } of connectorReferences(doc)) {
          if (reference.path === void 0) continue;
          const kind = systemFileKind(reference.path);
          if (!kind) continue;
          let how;
          if (workers.length === 0) {
            how = "no worker config was found to show which provider that is";
          } else {
            const own = connectorOwnProvider(doc, entry, reference.provider);
            const declared = providers?.get(reference.provider) ?? [];
            const files = declared.filter(({ provider }) => provider.kind === "file" || provider.kind === "directory");
            if (own && (own.kind === "file" || own.kind === "directory")) {
              how = `the connector declares ${reference.provider} for its own client`;
            } else if (files.length > 0) {
              const path = normalizePath(reference.path);
              const readers = files.filter(({ provider }) => {
                const allowed = allowedPaths(provider);
                return allowed === void 0 || allowed.some((root) => pathWithin(path, root));
              });
              if (readers.length === 0) continue;
              how = `worker ${readers[0].worker.file} resolves ${reference.provider} with ${readers[0].provider.className ?? "a file provider"}`;
            } else {
              continue;
            }
          }
          yield {
            entry,
            span: spanWithinValue(entry, reference.offset, reference.text.length),
            message: `The value of ${entry.key} references ${reference.path} through provider ${reference.provider}, ${kind}; ${how}: its content ends up in the connector's runtime config.`,
            discriminator: reference.text
          };
        }
      }
    });
  }
});

// rules/connector-provider-undefined.ts
var connector_provider_undefined_default;
var init_connector_provider_undefined = __esm({
  "rules/connector-provider-undefined.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_connect_overrides();
    init_connect_references();
    connector_provider_undefined_default = defineRule({
      id: "connector-provider-undefined",
      title: "Connector config references a config provider its workers do not define",
      severity: "low",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "operator",
      posture: "production",
      references: ["KIP-297", "https://kafka.apache.org/documentation/#config_providers"],
      *check(doc, ctx) {
        const workers = connectWorkersFor(doc, ctx.deployment);
        if (workers.length === 0) return;
        const providers = workerProviderMap(workers);
        if (!providers) return;
        const names = workers.map((worker) => worker.file).join(", ");
        for (const { entry, reference } of connectorReferences(doc)) {
          if (providers.has(reference.provider)) continue;
          if (connectorOwnProvider(doc, entry, reference.provider)) continue;
          yield {
            entry,
            span: spanWithinValue(entry, reference.offset, reference.text.length),
            message: `The value of ${entry.key} references provider ${reference.provider}, which config.providers of ${names} does not list: Connect leaves ${reference.text} unresolved and passes the literal text to the connector.`,
            discriminator: reference.text
          };
        }
      }
    });
  }
});

// rules/connector-security-override-unrestricted.ts
function isSecurityKey(clientKey) {
  return dangerOf(clientKey) !== void 0 || clientKey.startsWith("sasl.") || clientKey.startsWith("ssl.");
}
var connector_security_override_unrestricted_default;
var init_connector_security_override_unrestricted = __esm({
  "rules/connector-security-override-unrestricted.ts"() {
    "use strict";
    init_rule_kit();
    init_connect_overrides();
    init_connect_dangerous_keys();
    connector_security_override_unrestricted_default = defineRule({
      id: "connector-security-override-unrestricted",
      title: "Connector replaces its clients\u2019 security settings under a policy that accepts any override",
      severity: "medium",
      component: "connector",
      appliesTo: ["connector"],
      attacker: "rest-client",
      posture: "production",
      references: ["KIP-458", "KIP-722", "KIP-1188", "https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy"],
      cwe: [15],
      *check(doc, ctx) {
        const security = clientOverrides(doc).filter((override) => isSecurityKey(override.clientKey));
        if (security.length === 0) return;
        const view = connectorPolicyView(doc, ctx.deployment);
        const all = view.policies.filter(({ policy }) => policy.kind === "All");
        if (all.length === 0) return;
        const keys = [...new Set(security.map((override) => override.entry.key))];
        const shown2 = keys.length > 4 ? `${keys.slice(0, 4).join(", ")} and ${keys.length - 4} more` : keys.join(", ");
        yield {
          entry: security[0].entry,
          message: `This connector sets ${shown2}, and ${describePolicies({ ...view, policies: all })}: the workers accept these and any other client setting from every REST caller. Use the Allowlist policy with exactly the keys this connector needs.`
        };
      }
    });
  }
});

// rules/controller-listener-cleartext.ts
function controllersOnLoopback(doc) {
  const endpoints = ["controller.quorum.bootstrap.servers", "controller.quorum.voters"].map((key) => doc.get(key)).filter((entry) => entry !== void 0);
  if (endpoints.length === 0 || endpoints.some((entry) => isUnknown(entry))) return false;
  return endpoints.every((entry) => bootstrapIsLoopbackOnly(entry.value.split(",").map((voter) => voter.trim().replace(/^\d+@/, "")).join(",")));
}
var controller_listener_cleartext_default;
var init_controller_listener_cleartext = __esm({
  "rules/controller-listener-cleartext.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_client_security();
    controller_listener_cleartext_default = defineRule({
      id: "controller-listener-cleartext",
      title: "KRaft controller traffic is unencrypted",
      severity: "high",
      component: "controller",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "https://kafka.apache.org/documentation/#kraft_config"],
      cwe: [319],
      *check(doc) {
        const names = doc.get("controller.listener.names");
        if (!isKRaft(doc) || !names || isUnknown(names)) return;
        for (const listener of serverListeners(doc)) {
          if (!listener.isController || !isCleartext(listener.protocol)) continue;
          if (listener.listener && !listener.implicitProtocol) continue;
          if (listener.listener ? isLoopbackListener(listener) : controllersOnLoopback(doc)) continue;
          const how = listener.implicitProtocol ? `is PLAINTEXT because listener.security.protocol.map is not set (KRaft then maps controller listeners to PLAINTEXT)` : `is mapped to ${listener.protocol} in listener.security.protocol.map`;
          const side = listener.listener ? "this controller accepts quorum and broker connections" : "this broker reaches the controllers";
          yield {
            entry: names,
            message: `Controller listener ${listener.name} ${how}: ${side} unencrypted${listener.protocol === "PLAINTEXT" ? " and unauthenticated" : ""}, exposing cluster metadata (topics, ACLs, SCRAM credentials, configs).`,
            discriminator: listener.upper
          };
        }
      }
    });
  }
});

// rules/delegation-token-lifetime-raised.ts
function tokensEnabled(doc) {
  const keys = isAtLeast(doc.kafkaVersion, "4.0") ? ["delegation.token.secret.key"] : ["delegation.token.secret.key", "delegation.token.master.key"];
  return keys.some((key) => {
    const entry = doc.get(key);
    return entry !== void 0 && (isUnknown(entry) || entry.value.trim() !== "");
  });
}
function formatDuration(ms) {
  const hours = ms / 36e5;
  if (hours >= 24 && Number.isInteger(hours / 24)) return `${hours / 24} day${hours / 24 === 1 ? "" : "s"}`;
  if (Number.isInteger(hours)) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return `${ms} ms`;
}
var LIMITS, delegation_token_lifetime_raised_default;
var init_delegation_token_lifetime_raised = __esm({
  "rules/delegation-token-lifetime-raised.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_limits();
    init_version();
    init_broker_listeners();
    LIMITS = [
      { key: "delegation.token.max.lifetime.ms", default: 6048e5, what: "a token can be renewed for" },
      { key: "delegation.token.expiry.time.ms", default: 864e5, what: "a token stays valid without renewal for" }
    ];
    delegation_token_lifetime_raised_default = defineRule({
      id: "delegation-token-lifetime-raised",
      title: "Delegation tokens stay valid longer than the defaults",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "hardened",
      references: ["KIP-48", "CWE-613", "https://kafka.apache.org/documentation/#security_delegation_token"],
      cwe: [613],
      *check(doc) {
        if (!tokensEnabled(doc)) return;
        for (const limit2 of LIMITS) {
          const entry = doc.get(limit2.key);
          const value = parseNumber(entry?.value);
          if (!entry || isUnknown(entry) || value === void 0 || value <= limit2.default) continue;
          yield {
            entry,
            message: `The ${limit2.key} setting means ${limit2.what} ${formatDuration(value)} (default ${formatDuration(limit2.default)}): a stolen token is useful that much longer.`
          };
        }
      }
    });
  }
});

// rules/early-start-listener-external.ts
var early_start_listener_external_default;
var init_early_start_listener_external = __esm({
  "rules/early-start-listener-external.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_broker_listeners();
    early_start_listener_external_default = defineRule({
      id: "early-start-listener-external",
      title: "A client listener starts before the authorizer has loaded its ACLs",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-696", "https://kafka.apache.org/documentation/#brokerconfigs_early.start.listeners"],
      cwe: [696],
      *check(doc) {
        const entry = doc.get("early.start.listeners");
        if (!isKRaft(doc) || !entry || isUnknown(entry)) return;
        const internal = new Set(controllerListenerNames(doc).map((name) => name.toUpperCase()));
        const interBroker = runsBroker(doc) && doc.get("inter.broker.listener.name") ? interBrokerListenerName(doc)?.upper : void 0;
        if (interBroker) internal.add(interBroker);
        const known = new Set(serverListeners(doc).map((listener) => listener.upper));
        let offset = 0;
        for (const part of entry.value.split(",")) {
          const name = part.trim();
          const start = offset + (part.length - part.trimStart().length);
          offset += part.length + 1;
          if (name === "" || internal.has(name.toUpperCase()) || known.size > 0 && !known.has(name.toUpperCase())) continue;
          yield {
            entry,
            span: spanWithinValue(entry, start, name.length),
            message: `Listener ${name} is in early.start.listeners but is neither a controller nor the inter-broker listener: it accepts client traffic before the authorizer has loaded the ACLs from the metadata log, which Kafka documents a listener accepting external traffic must not do.`,
            discriminator: name.toUpperCase()
          };
        }
      }
    });
  }
});

// rules/failed-auth-delay-reduced.ts
var DEFAULT_DELAY_MS, failed_auth_delay_reduced_default;
var init_failed_auth_delay_reduced = __esm({
  "rules/failed-auth-delay-reduced.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_limits();
    DEFAULT_DELAY_MS = 100;
    failed_auth_delay_reduced_default = defineRule({
      id: "failed-auth-delay-reduced",
      title: "Failed logins are answered with less than the default delay, which makes credential guessing and reconnect storms cheap",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["KIP-306", "CWE-307", "https://kafka.apache.org/documentation/#brokerconfigs_connection.failed.authentication.delay.ms"],
      cwe: [307],
      *check(doc) {
        const entry = doc.get("connection.failed.authentication.delay.ms");
        const delay = parseNumber(entry?.value);
        if (!entry || isUnknown(entry) || delay === void 0 || delay >= DEFAULT_DELAY_MS) return;
        const authenticating = openListeners(doc).filter((listener) => isSasl(listener.protocol) || listener.protocol === "SSL");
        if (authenticating.length === 0) return;
        yield {
          entry,
          message: delay <= 0 ? `The connection.failed.authentication.delay.ms setting is ${delay} (default ${DEFAULT_DELAY_MS}): the broker answers a failed login at once, so clients can retry passwords or reconnect as fast as the network allows.` : `The connection.failed.authentication.delay.ms setting is ${delay} ms (default ${DEFAULT_DELAY_MS}): the broker answers a failed login sooner than Kafka's bound, so clients can retry passwords or reconnect faster.`
        };
      }
    });
  }
});

// rules/idle-timeout-disabled.ts
var idle_timeout_disabled_default;
var init_idle_timeout_disabled = __esm({
  "rules/idle-timeout-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_limits();
    init_broker_listeners();
    idle_timeout_disabled_default = defineRule({
      id: "idle-timeout-disabled",
      title: "Idle connections, unauthenticated ones included, are never closed",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-400", "https://kafka.apache.org/documentation/#brokerconfigs_connections.max.idle.ms"],
      cwe: [400],
      *check(doc) {
        const entry = doc.get("connections.max.idle.ms");
        const value = parseNumber(entry?.value);
        if (!entry || isUnknown(entry) || value === void 0 || value >= 0) return;
        yield {
          entry,
          message: `The connections.max.idle.ms value ${value} disables the idle timeout, the only timer that closes a connection that never authenticates: clients can hold connections open indefinitely.`
        };
      }
    });
  }
});

// rules/inter-broker-cleartext.ts
var inter_broker_cleartext_default;
var init_inter_broker_cleartext = __esm({
  "rules/inter-broker-cleartext.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    inter_broker_cleartext_default = defineRule({
      id: "inter-broker-cleartext",
      title: "Brokers replicate data to each other unencrypted",
      severity: "high",
      component: "broker",
      appliesTo: ["broker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "https://kafka.apache.org/documentation/#security_configbroker"],
      cwe: [319],
      *check(doc) {
        if (!runsBroker(doc) || !isServerConfig(doc)) return;
        const interBroker = interBrokerListenerName(doc);
        const protocols = effectiveProtocolMap(doc);
        if (!interBroker || !protocols) return;
        const listener = serverListeners(doc).find((candidate) => candidate.upper === interBroker.upper && candidate.listener);
        if (!listener || isLoopbackListener(listener)) return;
        const protocol = protocolIn(interBroker.upper, protocols);
        if (!isCleartext(protocol)) return;
        const what = protocol === "PLAINTEXT" ? "replication traffic is neither encrypted nor authenticated" : "replication traffic crosses the network unencrypted";
        if (!interBroker.entry) {
          yield {
            key: "security.inter.broker.protocol",
            message: `Neither inter.broker.listener.name nor security.inter.broker.protocol is set, so brokers talk to each other over the ${listener.name} listener with PLAINTEXT: ${what}.`
          };
          return;
        }
        yield {
          entry: interBroker.entry,
          message: `Brokers talk to each other over listener ${listener.name} (${protocol}), chosen by ${interBroker.key}: ${what}.`
        };
      }
    });
  }
});

// rules/jaas-inline-credential.ts
function location(entry) {
  return entry.origin?.startsWith("JAAS section ") ? entry.origin : secretLocation(entry);
}
function capitalized2(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
var jaas_inline_credential_default;
var init_jaas_inline_credential = __esm({
  "rules/jaas-inline-credential.ts"() {
    "use strict";
    init_rule_kit();
    init_secret_patterns();
    jaas_inline_credential_default = defineRule({
      id: "jaas-inline-credential",
      title: "JAAS configuration holds a cleartext credential",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "repo-reader",
      posture: "development",
      references: ["CWE-260", "CWE-256", "KIP-297", "KIP-421"],
      cwe: [260, 256],
      *check(doc) {
        for (const { entry, secret, span } of secretsInDocument(doc)) {
          if (secret.rule !== "jaas-inline-credential") continue;
          yield {
            entry,
            span,
            message: `${capitalized2(secret.where ?? "a JAAS option")} in ${location(entry)} holds a cleartext ${secret.kind}; reference it through a config provider instead.`,
            ...secret.discriminator ? { discriminator: secret.discriminator } : {}
          };
        }
      }
    });
  }
});

// src/model/kafka/broker-jvm.ts
function systemProperty(doc, name) {
  return doc.get(`-D${name}`);
}
function variableIsSet(doc, variable) {
  return doc.entries.some((entry) => entry.origin === `environment ${variable}`);
}
function splitModules(value) {
  return value.split(",").map((item) => item.trim()).filter((item) => item !== "");
}
var init_broker_jvm = __esm({
  "src/model/kafka/broker-jvm.ts"() {
    "use strict";
  }
});

// rules/jmx-remote-unauthenticated.ts
var PREFIX, jmx_remote_unauthenticated_default;
var init_jmx_remote_unauthenticated = __esm({
  "rules/jmx-remote-unauthenticated.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_jvm();
    PREFIX = "com.sun.management.jmxremote";
    jmx_remote_unauthenticated_default = defineRule({
      id: "jmx-remote-unauthenticated",
      title: "Remote JMX is open without authentication",
      severity: "critical",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-306", "https://docs.oracle.com/en/java/javase/17/management/monitoring-and-management-using-jmx-technology.html", "https://kafka.apache.org/documentation/#remote_jmx"],
      cwe: [306],
      *check(doc) {
        const flagPort = systemProperty(doc, `${PREFIX}.port`);
        const imagePort = doc.get("jmx.port");
        const port = flagPort ?? (imagePort?.origin === "environment KAFKA_JMX_PORT" ? imagePort : void 0);
        if (!port || port.value.trim() === "") return;
        const authenticate = systemProperty(doc, `${PREFIX}.authenticate`);
        if (isUnknown(authenticate)) return;
        const imageDefault = !authenticate && flagPort === void 0 && !variableIsSet(doc, "KAFKA_JMX_OPTS");
        const off = authenticate ? authenticate.value.trim().toLowerCase() === "false" : imageDefault;
        if (!off) return;
        const localOnly = systemProperty(doc, `${PREFIX}.local.only`);
        const host = systemProperty(doc, `${PREFIX}.host`);
        if (localOnly?.value.trim().toLowerCase() === "true" && !imageDefault) return;
        if (host && /^(localhost|127\.[\d.]+|::1|\[::1\])$/i.test(host.value.trim())) return;
        const ssl = systemProperty(doc, `${PREFIX}.ssl`);
        const plain = imageDefault || ssl?.value.trim().toLowerCase() === "false";
        const portText = isUnknown(port) ? "its JMX port" : `JMX port ${port.value.trim()}`;
        const why = imageDefault ? `KAFKA_JMX_PORT opens ${portText} and, with KAFKA_JMX_OPTS unset, the image's launch script adds ${PREFIX}.authenticate=false and ssl=false` : `${portText} is open with ${PREFIX}.authenticate=false${plain ? " and ssl=false" : ""}`;
        yield {
          entry: imageDefault ? port : authenticate,
          message: `Remote JMX needs no credentials: ${why}. Anyone who reaches the port can read and change the broker's MBeans and, through them, run code in the broker JVM.`
        };
      }
    });
  }
});

// rules/login-module-denylist-weakened.ts
function unprotectedByDefault(version) {
  if (!isAtLeast(version, "3.4")) return [JNDI, LDAP];
  if (!isAtLeast(version, "3.9.1")) return [LDAP];
  return [];
}
function simpleName(module2) {
  return module2.slice(module2.lastIndexOf(".") + 1);
}
var JNDI, LDAP, DISALLOWED, ALLOWED, login_module_denylist_weakened_default;
var init_login_module_denylist_weakened = __esm({
  "rules/login-module-denylist-weakened.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_principals();
    init_broker_jvm();
    init_version();
    JNDI = "com.sun.security.auth.module.JndiLoginModule";
    LDAP = "com.sun.security.auth.module.LdapLoginModule";
    DISALLOWED = "org.apache.kafka.disallowed.login.modules";
    ALLOWED = "org.apache.kafka.allowed.login.modules";
    login_module_denylist_weakened_default = defineRule({
      id: "login-module-denylist-weakened",
      title: "Dynamic JAAS configs may load the JNDI or LDAP login module, a path to code execution on the broker",
      severity: "high",
      component: "broker",
      appliesTo: ["broker"],
      attacker: "authenticated-client",
      posture: "production",
      references: ["CVE-2025-27819", "CVE-2025-27818", "CWE-94", "https://kafka.apache.org/documentation/#security_jaas_broker"],
      cwe: [94],
      *check(doc) {
        if (!runsBroker(doc) || !isServerConfig(doc)) return;
        const version = doc.kafkaVersion;
        const authorizer = hasAuthorizer(doc.get("authorizer.class.name"));
        const allowEveryone = authorizer && !isUnknown(doc.get("allow.everyone.if.no.acl.found")) && doc.effective("allow.everyone.if.no.acl.found")?.trim().toLowerCase() === "true";
        const severity = authorizer && !allowEveryone ? "medium" : "high";
        const who = !authorizer ? "any client (there is no authorizer)" : allowEveryone ? "any client, unless an ACL names the cluster resource (allow.everyone.if.no.acl.found=true)," : "a client with ALTER_CONFIGS on the cluster";
        const risk = (modules) => `${who} can set a broker's sasl.jaas.config to ${modules.map(simpleName).join(" or ")} and make the broker run code from a server it names`;
        const allowed = isAtLeast(version, "4.2") ? systemProperty(doc, ALLOWED) : void 0;
        if (allowed) {
          if (isUnknown(allowed)) return;
          const listed = splitModules(allowed.value).filter((module2) => module2 === JNDI || module2 === LDAP);
          if (listed.length > 0) yield { entry: allowed, severity, message: `The -D${ALLOWED} allowlist admits ${listed.map(simpleName).join(" and ")}: ${risk(listed)}.` };
          return;
        }
        const disallowed = systemProperty(doc, DISALLOWED);
        if (isUnknown(disallowed)) return;
        const cves = (missing2) => [...missing2.includes(JNDI) && !isAtLeast(version, "3.4") ? ["CVE-2025-27819"] : [], ...missing2.includes(LDAP) ? ["CVE-2025-27818"] : []];
        if (disallowed) {
          if (!isAtLeast(version, "3.4")) {
            yield { entry: disallowed, severity, references: cves([JNDI, LDAP]), message: `${doc.kafkaVersionText} ignores -D${DISALLOWED} (it exists since 3.4.0): ${risk([JNDI, LDAP])}.` };
            return;
          }
          const listed = splitModules(disallowed.value);
          const missing2 = [JNDI, LDAP].filter((module2) => !listed.includes(module2));
          if (missing2.length > 0) {
            yield { entry: disallowed, severity, references: cves(missing2), message: `The -D${DISALLOWED} list leaves out ${missing2.map(simpleName).join(" and ")}: ${risk(missing2)}.` };
          }
          return;
        }
        const missing = unprotectedByDefault(version);
        if (missing.length === 0) {
          if (patchVerdict(version, (candidate) => unprotectedByDefault(candidate).includes(LDAP)) !== "maybe") return;
          yield {
            key: `-D${DISALLOWED}`,
            severity: lowerSeverity(severity),
            references: cves([LDAP]),
            message: `${doc.kafkaVersionText} may not block LdapLoginModule by default (Kafka does from 3.9.1; the patch level of this release is unknown) and -D${DISALLOWED} is not set: unless it does, ${risk([LDAP])}.`
          };
          return;
        }
        yield {
          key: `-D${DISALLOWED}`,
          severity,
          references: cves(missing),
          message: `${doc.kafkaVersionText} does not block ${missing.map(simpleName).join(" or ")} by default and -D${DISALLOWED} is not set: ${risk(missing)}.`
        };
      }
    });
  }
});

// rules/mirrormaker-cluster-plaintext.ts
function clustersOf(doc) {
  if (isMirrorMakerConfig(doc)) {
    return listValue(doc.get("clusters")?.value).map((alias) => ({
      name: alias,
      prefix: `${alias}.`,
      clientPrefixes: ["producer.", "consumer.", "admin."].map((client) => `${alias}.${client}`),
      inheritsTopLevel: true
    }));
  }
  const connectorClass = doc.get("connector.class")?.value.trim() ?? "";
  if (!/^(org\.apache\.kafka\.connect\.mirror\.)?Mirror(Source|Checkpoint|Heartbeat)Connector$/.test(connectorClass)) return [];
  return ["source", "target"].map((side) => ({
    name: `${side} cluster`,
    prefix: `${side}.cluster.`,
    clientPrefixes: ["producer.", "consumer.", "admin.", `${side}.producer.`, `${side}.consumer.`, `${side}.admin.`],
    inheritsTopLevel: false
  }));
}
function setting(doc, cluster, key) {
  return doc.get(`${cluster.prefix}${key}`) ?? (cluster.inheritsTopLevel ? doc.get(key) : void 0);
}
function serverSet(value) {
  return listValue(value).map((server) => server.toLowerCase()).sort().join(",");
}
function reportedOnWorker(workers, bootstrap) {
  const servers2 = serverSet(bootstrap);
  return workers.some((worker) => {
    const own = worker.get("bootstrap.servers");
    if (!own || isUnknownValue(own) || serverSet(own.value) !== servers2) return false;
    const protocol = worker.get("security.protocol");
    if (isUnknownValue(protocol)) return false;
    const value = (protocol?.value ?? "PLAINTEXT").trim().toUpperCase();
    return value === "PLAINTEXT" || value === "SASL_PLAINTEXT";
  });
}
var mirrormaker_cluster_plaintext_default;
var init_mirrormaker_cluster_plaintext = __esm({
  "rules/mirrormaker-cluster-plaintext.ts"() {
    "use strict";
    init_rule_kit();
    init_client_security();
    init_connect_worker();
    init_connect_overrides();
    mirrormaker_cluster_plaintext_default = defineRule({
      id: "mirrormaker-cluster-plaintext",
      title: "MirrorMaker 2 replicates to or from a cluster without encryption",
      severity: "medium",
      component: "worker",
      appliesTo: ["worker", "connector"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "KIP-382", "https://kafka.apache.org/documentation/#georeplication"],
      cwe: [319],
      *check(doc, ctx) {
        const workers = doc.hasRole("connector") ? connectWorkersFor(doc, ctx.deployment) : [];
        for (const cluster of clustersOf(doc)) {
          const bootstrap = doc.get(`${cluster.prefix}bootstrap.servers`);
          if (!bootstrap || isUnknownValue(bootstrap) || bootstrap.value.trim() === "" || bootstrapIsLoopbackOnly(bootstrap.value)) continue;
          const protocolEntry = setting(doc, cluster, "security.protocol");
          if (isUnknownValue(protocolEntry)) continue;
          const protocol = (protocolEntry?.value ?? "PLAINTEXT").trim().toUpperCase();
          if (!protocolEntry) {
            const clientSpecific = cluster.clientPrefixes.some((prefix) => doc.has(`${prefix}security.protocol`));
            if (clientSpecific) continue;
          }
          if (usesTls(protocol)) {
            const verification = setting(doc, cluster, "ssl.endpoint.identification.algorithm");
            if (verification && !isUnknownValue(verification) && verification.value.trim() === "") {
              yield {
                entry: verification,
                message: `The empty ${verification.key} makes replication with ${cluster.name} accept any certificate for any host name: a man in the middle can read and alter replicated records.`,
                discriminator: cluster.name
              };
            }
            continue;
          }
          if (protocol !== "PLAINTEXT" && protocol !== "SASL_PLAINTEXT") continue;
          if (reportedOnWorker(workers, bootstrap.value)) continue;
          const mechanism = setting(doc, cluster, "sasl.mechanism")?.value.trim().toUpperCase();
          const severity = protocol === "SASL_PLAINTEXT" && mechanism === "PLAIN" ? "high" : "medium";
          const how = protocolEntry ? `${protocolEntry.key}=${protocolEntry.value.trim()}` : `${cluster.prefix}security.protocol is not set (default PLAINTEXT)`;
          const exposed = severity === "high" ? "replicated records and the SASL/PLAIN password cross the network readable by anyone on the path" : protocol === "SASL_PLAINTEXT" ? "replicated records cross the network readable by anyone on the path" : "replicated records cross the network unauthenticated and readable by anyone on the path";
          yield {
            entry: protocolEntry ?? bootstrap,
            severity,
            message: `Cluster ${cluster.name} (${cluster.prefix}bootstrap.servers) is reached in cleartext: ${how}, so ${exposed}.`,
            discriminator: cluster.name
          };
        }
      }
    });
  }
});

// src/model/kafka/security-keys.ts
function withinOneEdit(a, b) {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
var SECURITY_KEYS, NEAR_MISS_REAL_KEYS;
var init_security_keys = __esm({
  "src/model/kafka/security-keys.ts"() {
    "use strict";
    SECURITY_KEYS = [
      "listeners",
      "advertised.listeners",
      "listener.security.protocol.map",
      "inter.broker.listener.name",
      "security.inter.broker.protocol",
      "controller.listener.names",
      "security.protocol",
      "authorizer.class.name",
      "allow.everyone.if.no.acl.found",
      "super.users",
      "sasl.enabled.mechanisms",
      "sasl.mechanism",
      "sasl.mechanism.inter.broker.protocol",
      "sasl.mechanism.controller.protocol",
      "sasl.jaas.config",
      "sasl.kerberos.service.name",
      "sasl.server.max.receive.size",
      "sasl.login.callback.handler.class",
      "sasl.server.callback.handler.class",
      "sasl.client.callback.handler.class",
      "sasl.oauthbearer.jwks.endpoint.url",
      "sasl.oauthbearer.token.endpoint.url",
      "sasl.oauthbearer.expected.audience",
      "sasl.oauthbearer.expected.issuer",
      "ssl.client.auth",
      "ssl.endpoint.identification.algorithm",
      "ssl.enabled.protocols",
      "ssl.protocol",
      "ssl.cipher.suites",
      "ssl.keystore.location",
      "ssl.keystore.password",
      "ssl.keystore.type",
      "ssl.key.password",
      "ssl.truststore.location",
      "ssl.truststore.password",
      "ssl.truststore.type",
      "ssl.principal.mapping.rules",
      "principal.builder.class",
      "connections.max.reauth.ms",
      "connection.failed.authentication.delay.ms",
      "max.connections",
      "max.connections.per.ip",
      "socket.request.max.bytes",
      "queued.max.requests",
      "auto.create.topics.enable",
      "delegation.token.secret.key",
      "zookeeper.set.acl",
      "zookeeper.ssl.client.enable",
      "connector.client.config.override.policy",
      "connect.protocol",
      "inter.worker.key.generation.algorithm",
      "inter.worker.signature.algorithm",
      "inter.worker.verification.algorithms",
      "inter.worker.key.size",
      "rest.extension.classes",
      "admin.listeners",
      "rest.advertised.listener",
      "access.control.allow.origin",
      "access.control.allow.methods",
      "config.providers",
      "errors.log.include.messages",
      "plugin.path"
    ];
    NEAR_MISS_REAL_KEYS = /* @__PURE__ */ new Set([
      "ssl.keystore.key",
      "ssl.truststore.certificates",
      "sasl.mechanisms",
      // librdkafka's spelling; read only where the client is librdkafka (not .properties)
      "listener",
      "max.connection"
    ]);
  }
});

// rules/misspelled-security-key.ts
function splitsOf(key) {
  if (!key.startsWith("listener.name.") && !key.startsWith("producer.") && !key.startsWith("consumer.") && !key.startsWith("admin.")) return [{ prefix: "", key }];
  return PREFIXES.flatMap((pattern) => {
    const prefix = pattern.exec(key)?.[0];
    return prefix === void 0 ? [] : [{ prefix, key: key.slice(prefix.length) }];
  });
}
var KNOWN2, PREFIXES, misspelled_security_key_default;
var init_misspelled_security_key = __esm({
  "rules/misspelled-security-key.ts"() {
    "use strict";
    init_rule_kit();
    init_security_keys();
    KNOWN2 = new Set(SECURITY_KEYS);
    PREFIXES = [/^listener\.name\.[^.]+\.[a-z0-9-]+\./, /^listener\.name\.[^.]+\./, /^(?:producer|consumer|admin)\.override\./, /^(?:producer|consumer|admin)\./, /^/];
    misspelled_security_key_default = defineRule({
      id: "misspelled-security-key",
      title: "A misspelt security setting is ignored and its default applies",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-1188", "https://kafka.apache.org/documentation/#configuration"],
      cwe: [1188],
      *check(doc) {
        if (doc.format === "javascript") return;
        for (const entry of doc.effectiveEntries()) {
          const splits = splitsOf(entry.key);
          if (splits.some(({ key }) => KNOWN2.has(key) || NEAR_MISS_REAL_KEYS.has(key))) continue;
          const match = splits.filter(({ key }) => key.length >= 8).map(({ prefix, key }) => ({ prefix, intended: SECURITY_KEYS.find((candidate) => withinOneEdit(key, candidate)) })).find(({ intended }) => intended !== void 0);
          if (!match) continue;
          yield {
            entry,
            message: `Key ${entry.key} is not a Kafka setting; ${match.prefix}${match.intended} was probably meant, and it silently keeps its default.`
          };
        }
      }
    });
  }
});

// rules/plaintext-listener.ts
var plaintext_listener_default;
var init_plaintext_listener = __esm({
  "rules/plaintext-listener.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    plaintext_listener_default = defineRule({
      id: "plaintext-listener",
      title: "Listener accepts unencrypted, unauthenticated connections",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "CWE-306", "https://kafka.apache.org/documentation/#security_overview"],
      cwe: [319, 306],
      *check(doc) {
        if (!isServerConfig(doc)) return;
        for (const listener of openListeners(doc)) {
          if (listener.protocol !== "PLAINTEXT" || listener.implicitProtocol || !listener.listener) continue;
          if (isLoopbackListener(listener)) continue;
          const { host, port, text } = listener.listener;
          if (!listener.entry) {
            yield {
              key: "listeners",
              message: `No listeners are set, so Kafka opens its default PLAINTEXT listener ${text}: no encryption, no authentication.`,
              discriminator: listener.upper
            };
            continue;
          }
          yield {
            entry: listener.entry,
            span: listenerSpan(listener) ?? listener.entry.span,
            message: `Listener ${listener.name} on ${host || "all interfaces"}:${port} uses PLAINTEXT: no encryption, no authentication.`,
            discriminator: listener.upper
          };
        }
      }
    });
  }
});

// rules/private-key-material.ts
function capitalized3(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
var private_key_material_default;
var init_private_key_material = __esm({
  "rules/private-key-material.ts"() {
    "use strict";
    init_rule_kit();
    init_secret_patterns();
    private_key_material_default = defineRule({
      id: "private-key-material",
      title: "Private key is written inline",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "repo-reader",
      posture: "development",
      references: ["CWE-321", "CWE-312", "KIP-651", "KIP-297"],
      cwe: [321, 312],
      *check(doc) {
        for (const { entry, secret, span } of secretsInDocument(doc)) {
          if (secret.rule !== "private-key-material") continue;
          yield {
            entry,
            span,
            message: `${capitalized3(secret.kind)} written inline in ${secretLocation(entry)}; keep it in a key file or a secret store and reference it.`,
            ...secret.severity ? { severity: secret.severity } : {},
            ...secret.discriminator ? { discriminator: secret.discriminator } : {}
          };
        }
      }
    });
  }
});

// rules/queued-max-request-bytes-unset.ts
var queued_max_request_bytes_unset_default;
var init_queued_max_request_bytes_unset = __esm({
  "rules/queued-max-request-bytes-unset.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_limits();
    queued_max_request_bytes_unset_default = defineRule({
      id: "queued-max-request-bytes-unset",
      title: "The memory of queued requests is unbounded",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "hardened",
      references: ["KIP-72", "CWE-770", "https://kafka.apache.org/documentation/#brokerconfigs_queued.max.request.bytes"],
      cwe: [770],
      *check(doc) {
        if (!isServerConfig(doc)) return;
        const entry = doc.get("queued.max.request.bytes");
        if (isUnknown(entry)) return;
        if (!entry) {
          yield {
            key: "queued.max.request.bytes",
            message: "No queued.max.request.bytes is set, so the memory held by queued requests is bounded only by queued.max.requests times socket.request.max.bytes (500 \xD7 100 MiB by default)."
          };
          return;
        }
        const bytes = parseNumber(entry.value);
        if (bytes !== void 0 && bytes <= 0) {
          yield { entry, message: `The queued.max.request.bytes value ${bytes} leaves the memory held by queued requests unbounded.` };
        }
      }
    });
  }
});

// rules/queued-max-requests-raised.ts
var queued_max_requests_raised_default;
var init_queued_max_requests_raised = __esm({
  "rules/queued-max-requests-raised.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_limits();
    init_broker_listeners();
    queued_max_requests_raised_default = defineRule({
      id: "queued-max-requests-raised",
      title: "The request queue is longer than the default and has no byte limit",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-770", "https://kafka.apache.org/documentation/#brokerconfigs_queued.max.requests"],
      cwe: [770],
      *check(doc) {
        const entry = doc.get("queued.max.requests");
        const count = parseNumber(entry?.value);
        if (!entry || isUnknown(entry) || count === void 0 || count <= QUEUED_MAX_REQUESTS_DEFAULT) return;
        const bytes = doc.get("queued.max.request.bytes");
        if (bytes && (isUnknown(bytes) || (parseNumber(bytes.value) ?? -1) > 0)) return;
        yield {
          entry,
          message: `The queued.max.requests setting raises the request queue to ${count} requests (default ${QUEUED_MAX_REQUESTS_DEFAULT}) and queued.max.request.bytes does not bound it: clients can make the broker hold ${count} times socket.request.max.bytes in memory before it stops reading.`
        };
      }
    });
  }
});

// src/model/kafka/sasl-mechanisms.ts
var SCRAM_MECHANISMS, saslListenerMechanisms;
var init_sasl_mechanisms = __esm({
  "src/model/kafka/sasl-mechanisms.ts"() {
    "use strict";
    init_per_document();
    init_broker_listeners();
    SCRAM_MECHANISMS = ["SCRAM-SHA-256", "SCRAM-SHA-512"];
    saslListenerMechanisms = perDocument((doc) => {
      const out = [];
      for (const listener of openListeners(doc)) {
        if (!isSasl(listener.protocol)) continue;
        const setting2 = listenerSetting(doc, listener.name, "sasl.enabled.mechanisms");
        if (isUnknown(setting2.entry)) continue;
        out.push({ listener, setting: setting2, mechanisms: splitList(setting2.value ?? "GSSAPI") });
      }
      return out;
    });
  }
});

// rules/reauthentication-disabled.ts
var reauthentication_disabled_default;
var init_reauthentication_disabled = __esm({
  "rules/reauthentication-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_limits();
    init_sasl_mechanisms();
    init_version();
    reauthentication_disabled_default = defineRule({
      id: "reauthentication-disabled",
      title: "SASL connections never re-authenticate, so revoked or expired credentials keep working",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "hardened",
      references: ["KIP-368", "CWE-613", "https://kafka.apache.org/documentation/#brokerconfigs_connections.max.reauth.ms"],
      cwe: [613],
      *check(doc) {
        if (!isAtLeast(doc.kafkaVersion, "2.2")) return;
        const never = saslListenerMechanisms(doc).flatMap(
          ({ listener, mechanisms }) => mechanisms.map((mechanism) => ({ listener, mechanism, setting: listenerSetting(doc, listener.name, "connections.max.reauth.ms", mechanism) }))
        ).filter((item) => !isUnknown(item.setting.entry) && (parseNumber(item.setting.value) ?? 0) <= 0);
        for (const group of groupBySetting(never)) {
          const pairs = [...new Set(group.items.map((item) => `${item.mechanism} on ${item.listener.name}`))];
          const what = `SASL sessions (${listNames(pairs)}) stay authenticated for the life of the connection: a deleted SCRAM user, a revoked delegation token or an expired OAuth token keeps working on connections already open`;
          if (!group.entry) {
            yield { key: group.key, message: `No connections.max.reauth.ms is set, so it is 0: ${what}.` };
            continue;
          }
          yield { entry: group.entry, message: `With ${group.key}=${group.entry.value.trim()}, ${what}.`, discriminator: pairs.join(",") };
        }
      }
    });
  }
});

// rules/sample-credential.ts
var sample_credential_default;
var init_sample_credential = __esm({
  "rules/sample-credential.ts"() {
    "use strict";
    init_rule_kit();
    init_secret_patterns();
    sample_credential_default = defineRule({
      id: "sample-credential",
      title: "Credential is a well-known default or sample value",
      severity: "low",
      component: "connector",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-1393", "CWE-521"],
      cwe: [1393, 521],
      *check(doc) {
        for (const { entry, secret, span } of secretsInDocument(doc)) {
          if (secret.rule !== "sample-credential") continue;
          const where = secret.where ? ` (${secret.where})` : "";
          yield {
            entry,
            span,
            message: `The ${secret.kind} in ${secretLocation(entry)}${where} is a well-known default or sample value that anyone can guess.`,
            ...secret.discriminator ? { discriminator: secret.discriminator } : {}
          };
        }
      }
    });
  }
});

// rules/sasl-max-receive-size-raised.ts
function configurable(version) {
  if (isAtLeast(version, "3.3")) return true;
  const fixed = { "2.8": 2, "3.0": 2, "3.1": 2, "3.2": 3 };
  const patch = fixed[`${version.major}.${version.minor}`];
  return patch !== void 0 && (version.patchUnknown === true || version.patch >= patch);
}
var sasl_max_receive_size_raised_default;
var init_sasl_max_receive_size_raised = __esm({
  "rules/sasl-max-receive-size-raised.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_limits();
    init_version();
    sasl_max_receive_size_raised_default = defineRule({
      id: "sasl-max-receive-size-raised",
      title: "Unauthenticated clients can make the broker allocate large SASL buffers",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CVE-2022-34917", "CWE-770", "https://kafka.apache.org/documentation/#brokerconfigs_sasl.server.max.receive.size"],
      cwe: [770],
      *check(doc) {
        if (!configurable(doc.kafkaVersion)) return;
        const raised = openListeners(doc).filter((listener) => isSasl(listener.protocol)).map((listener) => ({ listener, setting: listenerSetting(doc, listener.name, "sasl.server.max.receive.size") })).filter((item) => item.setting.entry && !isUnknown(item.setting.entry) && (parseNumber(item.setting.value) ?? 0) > SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT);
        for (const group of groupBySetting(raised)) {
          if (!group.entry) continue;
          const names = group.items.map((item) => item.listener.name);
          yield {
            entry: group.entry,
            message: `The ${group.key} setting raises the SASL receive limit to ${formatBytes(parseNumber(group.entry.value))} (default ${formatBytes(SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT)}): every unauthenticated connection to SASL listener${names.length > 1 ? "s" : ""} ${listNames(names)} can make the broker allocate that much before it authenticates.`,
            discriminator: names.join(",").toUpperCase()
          };
        }
      }
    });
  }
});

// rules/sasl-oauthbearer-audience-unchecked.ts
var sasl_oauthbearer_audience_unchecked_default;
var init_sasl_oauthbearer_audience_unchecked = __esm({
  "rules/sasl-oauthbearer-audience-unchecked.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_sasl_mechanisms();
    sasl_oauthbearer_audience_unchecked_default = defineRule({
      id: "sasl-oauthbearer-audience-unchecked",
      title: "OAUTHBEARER accepts tokens issued for other applications",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "production",
      references: ["KIP-768", "CWE-287", "https://kafka.apache.org/documentation/#security_sasl_oauthbearer_prod"],
      cwe: [287],
      *check(doc) {
        for (const { listener, mechanisms } of saslListenerMechanisms(doc)) {
          if (!mechanisms.includes("OAUTHBEARER")) continue;
          const handler = doc.get(`listener.name.${listener.name.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`);
          if (!handler || isUnknown(handler) || !/(^|\.)OAuthBearerValidatorCallbackHandler$/.test(handler.value.trim())) continue;
          const audience = listenerSetting(doc, listener.name, "sasl.oauthbearer.expected.audience", "OAUTHBEARER");
          if (audience.entry || (audience.value ?? "").trim() !== "") continue;
          const issuer = listenerSetting(doc, listener.name, "sasl.oauthbearer.expected.issuer", "OAUTHBEARER");
          const alsoIssuer = !issuer.entry && (issuer.value ?? "").trim() === "" ? " or sasl.oauthbearer.expected.issuer" : "";
          yield {
            entry: handler,
            message: `Listener ${listener.name} validates OAUTHBEARER tokens without sasl.oauthbearer.expected.audience${alsoIssuer}: a token the identity provider issued for any other application is accepted.`,
            discriminator: listener.upper
          };
        }
      }
    });
  }
});

// rules/sasl-oauthbearer-http-endpoint.ts
function usesOAuthBearer(doc) {
  if (saslListenerMechanisms(doc).some((item) => item.mechanisms.includes("OAUTHBEARER"))) return true;
  return ["sasl.mechanism.inter.broker.protocol", "sasl.mechanism.controller.protocol"].some((key) => doc.get(key)?.value.trim() === "OAUTHBEARER");
}
var URL_KEYS2, KEY2, sasl_oauthbearer_http_endpoint_default;
var init_sasl_oauthbearer_http_endpoint = __esm({
  "rules/sasl-oauthbearer-http-endpoint.ts"() {
    "use strict";
    init_rule_kit();
    init_sasl_mechanisms();
    init_broker_listeners();
    URL_KEYS2 = ["sasl.oauthbearer.jwks.endpoint.url", "sasl.oauthbearer.token.endpoint.url"];
    KEY2 = /^(?:listener\.name\.[^.]+\.(?:oauthbearer\.)?)?(sasl\.oauthbearer\.(?:jwks|token)\.endpoint\.url)$/;
    sasl_oauthbearer_http_endpoint_default = defineRule({
      id: "sasl-oauthbearer-http-endpoint",
      title: "The broker fetches OAuth keys or tokens over unencrypted HTTP",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "CWE-347", "KIP-768", "https://kafka.apache.org/documentation/#security_sasl_oauthbearer_prod"],
      cwe: [319, 347],
      *check(doc) {
        if (!usesOAuthBearer(doc)) return;
        for (const entry of doc.effectiveEntries()) {
          const match = KEY2.exec(entry.key);
          if (!match || isUnknown(entry) || !/^http:\/\//i.test(entry.value.trim())) continue;
          const jwks = match[1] === URL_KEYS2[0];
          yield {
            entry,
            message: jwks ? `The JWKS endpoint in ${entry.key} is plain http: anyone on the network path can substitute their own signing keys and have the broker accept tokens they forged for any principal.` : `The token endpoint in ${entry.key} is plain http: the broker's client credentials and the tokens it receives cross the network unencrypted.`
          };
        }
      }
    });
  }
});

// rules/sasl-oauthbearer-jwt-unvalidated.ts
function affected(version) {
  return isPatchAtMost(version, 4, 1, 1);
}
var DEFAULT_VALIDATOR, sasl_oauthbearer_jwt_unvalidated_default;
var init_sasl_oauthbearer_jwt_unvalidated = __esm({
  "rules/sasl-oauthbearer-jwt-unvalidated.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_sasl_mechanisms();
    init_version();
    DEFAULT_VALIDATOR = "org.apache.kafka.common.security.oauthbearer.DefaultJwtValidator";
    sasl_oauthbearer_jwt_unvalidated_default = defineRule({
      id: "sasl-oauthbearer-jwt-unvalidated",
      title: "The OAUTHBEARER validator accepts tokens without checking their signature (CVE-2026-33557)",
      severity: "critical",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CVE-2026-33557", "CWE-347", "https://kafka.apache.org/cve-list"],
      cwe: [347],
      *check(doc) {
        const verdict = patchVerdict(doc.kafkaVersion, affected);
        if (verdict === "fixed") return;
        for (const { listener, mechanisms } of saslListenerMechanisms(doc)) {
          if (!mechanisms.includes("OAUTHBEARER")) continue;
          const handler = doc.get(`listener.name.${listener.name.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`);
          if (!handler || isUnknown(handler) || !/(^|\.)OAuthBearerValidatorCallbackHandler$/.test(handler.value.trim())) continue;
          const validator = listenerSetting(doc, listener.name, "sasl.oauthbearer.jwt.validator.class", "OAUTHBEARER");
          if (isUnknown(validator.entry)) continue;
          const value = (validator.value ?? "").trim();
          if (value !== "" && value !== DEFAULT_VALIDATOR && !value.endsWith(".DefaultJwtValidator")) continue;
          const how = validator.entry ? `${validator.key} names DefaultJwtValidator` : "sasl.oauthbearer.jwt.validator.class is not set";
          const may = verdict === "maybe";
          yield {
            entry: validator.entry ?? handler,
            ...may ? { severity: lowerSeverity("critical") } : {},
            message: may ? `On ${doc.kafkaVersionText} listener ${listener.name} may validate OAUTHBEARER tokens with a DefaultJwtValidator that checks neither signature, issuer nor audience (${how}; CVE-2026-33557, fixed in Kafka 4.1.2; the patch level of this release is unknown, so check that it carries the fix): then anyone can forge a token for any user.` : `On ${doc.kafkaVersionText} listener ${listener.name} validates OAUTHBEARER tokens with DefaultJwtValidator (${how}), which checks neither signature, issuer nor audience: anyone can forge a token for any user (CVE-2026-33557).`,
            discriminator: listener.upper
          };
        }
      }
    });
  }
});

// rules/sasl-oauthbearer-unsecured-validator.ts
var UNSECURED, sasl_oauthbearer_unsecured_validator_default;
var init_sasl_oauthbearer_unsecured_validator = __esm({
  "rules/sasl-oauthbearer-unsecured-validator.ts"() {
    "use strict";
    init_rule_kit();
    init_sasl_mechanisms();
    init_broker_listeners();
    UNSECURED = "OAuthBearerUnsecuredValidatorCallbackHandler";
    sasl_oauthbearer_unsecured_validator_default = defineRule({
      id: "sasl-oauthbearer-unsecured-validator",
      title: "OAUTHBEARER accepts unsigned tokens, so any client can claim any identity",
      severity: "critical",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["KIP-255", "KIP-768", "CWE-347", "CWE-287", "https://kafka.apache.org/documentation/#security_sasl_oauthbearer_prod"],
      cwe: [347, 287],
      *check(doc) {
        for (const { listener, setting: setting2, mechanisms } of saslListenerMechanisms(doc)) {
          if (!mechanisms.includes("OAUTHBEARER")) continue;
          const key = `listener.name.${listener.name.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`;
          const handler = doc.get(key);
          if (isUnknown(handler)) continue;
          if (handler && !handler.value.includes(UNSECURED)) continue;
          if (handler) {
            yield {
              entry: handler,
              message: `Listener ${listener.name} validates OAUTHBEARER tokens with ${UNSECURED}, which accepts unsigned JWTs: any client can send a token naming any principal, including a super user.`,
              discriminator: listener.upper
            };
            continue;
          }
          const misplaced = [`listener.name.${listener.name.toLowerCase()}.sasl.server.callback.handler.class`, "sasl.server.callback.handler.class", "oauthbearer.sasl.server.callback.handler.class"].map((candidate) => doc.get(candidate)).find((entry) => entry !== void 0);
          const why = misplaced ? `${misplaced.key} is not read for it (Kafka only reads ${key})` : `${key} is not set`;
          yield {
            entry: misplaced ?? setting2.entry,
            key: setting2.key,
            message: `Listener ${listener.name} enables OAUTHBEARER but ${why}, so Kafka validates tokens with ${UNSECURED}: it accepts unsigned JWTs, and any client can send a token naming any principal, including a super user.`,
            discriminator: listener.upper
          };
        }
      }
    });
  }
});

// rules/sasl-plain-without-tls.ts
var sasl_plain_without_tls_default;
var init_sasl_plain_without_tls = __esm({
  "rules/sasl-plain-without-tls.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_sasl_mechanisms();
    sasl_plain_without_tls_default = defineRule({
      id: "sasl-plain-without-tls",
      title: "SASL/PLAIN passwords cross the network in cleartext",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-523", "CWE-319", "https://kafka.apache.org/documentation/#security_sasl_plain_production"],
      cwe: [523, 319],
      *check(doc) {
        const exposed = saslListenerMechanisms(doc).filter((item) => item.listener.protocol === "SASL_PLAINTEXT" && item.mechanisms.includes("PLAIN"));
        for (const group of groupBySetting(exposed)) {
          if (!group.entry) continue;
          const names = group.items.map((item) => item.listener.name);
          yield {
            entry: group.entry,
            message: `PLAIN is enabled on the SASL_PLAINTEXT listener${names.length > 1 ? "s" : ""} ${listNames(names)} (${group.key}): clients send their username and password unencrypted, readable by anyone on the network path.`,
            discriminator: names.join(",").toUpperCase()
          };
        }
      }
    });
  }
});

// rules/sasl-plaintext-listener.ts
var EXPOSED, sasl_plaintext_listener_default;
var init_sasl_plaintext_listener = __esm({
  "rules/sasl-plaintext-listener.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_sasl_mechanisms();
    EXPOSED = { PLAIN: "PLAIN passwords", OAUTHBEARER: "OAuth bearer tokens" };
    sasl_plaintext_listener_default = defineRule({
      id: "sasl-plaintext-listener",
      title: "Listener authenticates clients but sends all data unencrypted",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "https://kafka.apache.org/documentation/#security_overview"],
      cwe: [319],
      *check(doc) {
        const mechanisms = new Map(saslListenerMechanisms(doc).map((item) => [item.listener.upper, item.mechanisms]));
        for (const listener of openListeners(doc)) {
          if (listener.protocol !== "SASL_PLAINTEXT" || !listener.listener || !listener.entry) continue;
          if (isLoopbackListener(listener)) continue;
          const role = listener.isController ? " (the KRaft controller listener)" : listener.isInterBroker ? " (the inter-broker listener)" : "";
          const where = `${listener.listener.host || "all interfaces"}:${listener.listener.port}`;
          const exposed = (mechanisms.get(listener.upper) ?? []).flatMap((mechanism) => EXPOSED[mechanism] ? [EXPOSED[mechanism]] : []);
          const among = exposed.length > 0 ? ` (${exposed.join(" and ")} among them)` : "";
          yield {
            entry: listener.entry,
            span: listenerSpan(listener),
            message: `Listener ${listener.name}${role} on ${where} uses SASL_PLAINTEXT: it authenticates clients, but records and SASL exchanges${among} cross the network unencrypted.`,
            discriminator: listener.upper
          };
        }
      }
    });
  }
});

// rules/sasl-scram-without-tls.ts
function nonceUnchecked(version) {
  if (!isAtLeast(version, "0.10.2")) return false;
  if (!isAtLeast(version, "3.7.2")) return true;
  return isPatchAtMost(version, 3, 8, 0);
}
var sasl_scram_without_tls_default;
var init_sasl_scram_without_tls = __esm({
  "rules/sasl-scram-without-tls.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_sasl_mechanisms();
    init_version();
    sasl_scram_without_tls_default = defineRule({
      id: "sasl-scram-without-tls",
      title: "SCRAM logins run over an unencrypted listener",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-319", "https://kafka.apache.org/documentation/#security_sasl_scram_security"],
      cwe: [319],
      *check(doc) {
        const exposed = saslListenerMechanisms(doc).filter(
          (item) => item.listener.protocol === "SASL_PLAINTEXT" && item.mechanisms.some((mechanism) => SCRAM_MECHANISMS.includes(mechanism))
        );
        const verdict = patchVerdict(doc.kafkaVersion, nonceUnchecked);
        const vulnerable = verdict === "affected";
        for (const group of groupBySetting(exposed)) {
          if (!group.entry) continue;
          const names = group.items.map((item) => item.listener.name);
          const mechanisms = SCRAM_MECHANISMS.filter((mechanism) => group.items.some((item) => item.mechanisms.includes(mechanism)));
          const base = `${listNames(mechanisms)} ${mechanisms.length > 1 ? "are" : "is"} enabled on the SASL_PLAINTEXT listener${names.length > 1 ? "s" : ""} ${listNames(names)} (${group.key}): the SCRAM exchange and every record after it cross the network unencrypted`;
          yield {
            entry: group.entry,
            message: vulnerable ? `${base}, and ${doc.kafkaVersionText} does not verify the SCRAM nonce (CVE-2024-56128), so a captured login can be replayed.` : verdict === "maybe" ? `${base}; the SCRAM protocol itself is only safe over TLS, and ${doc.kafkaVersionText} may not verify the SCRAM nonce (CVE-2024-56128, fixed in Kafka 3.7.2, 3.8.1 and 3.9.0; the patch level of this release is unknown).` : `${base}; the SCRAM protocol itself is only safe over TLS.`,
            ...vulnerable ? { severity: "high", references: ["CVE-2024-56128"] } : verdict === "maybe" ? { references: ["CVE-2024-56128"] } : {},
            discriminator: names.join(",").toUpperCase()
          };
        }
      }
    });
  }
});

// rules/socket-request-max-bytes-raised.ts
var socket_request_max_bytes_raised_default;
var init_socket_request_max_bytes_raised = __esm({
  "rules/socket-request-max-bytes-raised.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_broker_limits();
    socket_request_max_bytes_raised_default = defineRule({
      id: "socket-request-max-bytes-raised",
      title: "Clients can make the broker buffer requests larger than the 100 MiB default bound",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-770", "https://kafka.apache.org/documentation/#brokerconfigs_socket.request.max.bytes"],
      cwe: [770],
      *check(doc) {
        const entry = doc.get("socket.request.max.bytes");
        const size = parseNumber(entry?.value);
        if (!entry || isUnknown(entry) || size === void 0 || size <= SOCKET_REQUEST_MAX_BYTES_DEFAULT) return;
        const open = unauthenticatedListeners(doc).map((listener) => listener.name);
        const who = open.length > 0 ? `any client, unauthenticated ones on ${open.join(", ")} included,` : "any authenticated client";
        yield {
          entry,
          message: `The socket.request.max.bytes setting raises the request size limit to ${formatBytes(size)} (default ${formatBytes(SOCKET_REQUEST_MAX_BYTES_DEFAULT)}): ${who} can make the broker buffer that much per request, up to queued.max.requests of them.`
        };
      }
    });
  }
});

// src/model/adapters/note-kinds.ts
var STRIMZI_IGNORED_KEY, COMPOSE_OVERLAY, COMPONENT_SETTINGS, IMAGE_IGNORED_VARIABLE;
var init_note_kinds = __esm({
  "src/model/adapters/note-kinds.ts"() {
    "use strict";
    STRIMZI_IGNORED_KEY = "strimzi-ignored-key";
    COMPOSE_OVERLAY = "compose-overlay";
    COMPONENT_SETTINGS = "component-settings";
    IMAGE_IGNORED_VARIABLE = "image-ignored-variable";
  }
});

// rules/strimzi-ignored-security-setting.ts
var SECURITY_KEY, strimzi_ignored_security_setting_default;
var init_strimzi_ignored_security_setting = __esm({
  "rules/strimzi-ignored-security-setting.ts"() {
    "use strict";
    init_rule_kit();
    init_note_kinds();
    SECURITY_KEY = /^(ssl\.|sasl\.|security\.|listeners$|listeners\.|listener\.|advertised\.|inter\.broker\.listener\.name$|authorizer\.|super\.users?$|password\.|rest\.|controller\.listener\.names$|zookeeper\.(set\.acl|ssl|clientcnxnsocket)|(consumer|producer)\.interceptor\.classes$)/i;
    strimzi_ignored_security_setting_default = defineRule({
      id: "strimzi-ignored-security-setting",
      title: "A security setting in a Strimzi resource is silently ignored",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller", "worker", "connector"],
      attacker: "network-client",
      posture: "production",
      references: [
        "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaClusterSpec-reference",
        "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaConnectSpec-reference",
        "CWE-1188"
      ],
      cwe: [1188],
      *check(doc) {
        if (doc.format !== "strimzi") return;
        for (const note of doc.notes) {
          if (note.kind !== STRIMZI_IGNORED_KEY || !SECURITY_KEY.test(note.entry.key)) continue;
          yield {
            entry: note.entry,
            message: `Strimzi ignores ${note.entry.key} in ${note.entry.origin ?? "the resource"}: ${note.detail}, so this security setting never reaches Kafka; use the resource's own fields (listeners, authentication, authorization, tls) instead.`
          };
        }
      }
    });
  }
});

// rules/super-users-anonymous.ts
var super_users_anonymous_default;
var init_super_users_anonymous = __esm({
  "rules/super-users-anonymous.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_broker_principals();
    init_broker_listeners();
    super_users_anonymous_default = defineRule({
      id: "super-users-anonymous",
      title: "Unauthenticated clients are super users",
      severity: "critical",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-269", "CWE-306", "https://kafka.apache.org/documentation/#security_authz"],
      cwe: [269, 306],
      *check(doc) {
        const entry = doc.get("super.users");
        if (!entry || !hasAuthorizer(doc.get("authorizer.class.name"))) return;
        for (const user of parseSuperUsers(entry)) {
          if (user.principal !== "User:ANONYMOUS") continue;
          const open = unauthenticatedListeners(doc).map((listener) => listener.name);
          yield {
            entry,
            span: spanWithinValue(entry, user.offset, user.principal.length),
            message: `The super.users list names User:ANONYMOUS, the principal of every unauthenticated connection${open.length > 0 ? ` (here on ${open.join(", ")})` : ""}: such clients bypass all ACLs.`
          };
        }
      }
    });
  }
});

// rules/super-users-wildcard.ts
var super_users_wildcard_default;
var init_super_users_wildcard = __esm({
  "rules/super-users-wildcard.ts"() {
    "use strict";
    init_rule_kit();
    init_listeners();
    init_broker_principals();
    super_users_wildcard_default = defineRule({
      id: "super-users-wildcard",
      title: "A super user entry is a wildcard that Kafka matches literally",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "production",
      references: ["CWE-269", "https://kafka.apache.org/documentation/#security_authz"],
      cwe: [269],
      *check(doc) {
        const entry = doc.get("super.users");
        if (!entry || !hasAuthorizer(doc.get("authorizer.class.name"))) return;
        for (const user of parseSuperUsers(entry)) {
          const colon = user.principal.indexOf(":");
          const name = colon === -1 ? user.principal : user.principal.slice(colon + 1).trim();
          if (name !== "*") continue;
          yield {
            entry,
            span: spanWithinValue(entry, user.offset, user.principal.length),
            message: `The super.users entry ${user.principal} is not a wildcard: Kafka compares super users by exact name, so it makes a super user of any client that can authenticate as a principal literally named "*" (an OAuth token with sub "*", a SCRAM user "*"), and if it was meant to make everyone a super user, the cluster has no authorization at all.`,
            discriminator: user.principal
          };
        }
      }
    });
  }
});

// rules/tls-client-auth-optional.ts
var tls_client_auth_optional_default;
var init_tls_client_auth_optional = __esm({
  "rules/tls-client-auth-optional.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    tls_client_auth_optional_default = defineRule({
      id: "tls-client-auth-optional",
      title: "SSL listener does not require client certificates, so clients connect as ANONYMOUS",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-306", "https://kafka.apache.org/documentation/#security_ssl"],
      cwe: [306],
      *check(doc) {
        const optional = openListeners(doc).filter((listener) => listener.protocol === "SSL").map((listener) => ({ listener, setting: listenerSetting(doc, listener.name, "ssl.client.auth") })).filter((item) => !isUnknown(item.setting.entry)).map((item) => ({ ...item, mode: (item.setting.value ?? "none").trim().toLowerCase() })).filter((item) => item.mode !== "required");
        for (const group of groupBySetting(optional)) {
          const names = group.items.map((item) => item.listener.name);
          const mode = group.items[0].mode;
          const on = `SSL listener${names.length > 1 ? "s" : ""} ${listNames(names)}`;
          const what = `clients without a certificate are accepted as User:ANONYMOUS on ${on}, with whatever rights ANONYMOUS has (all of them without an authorizer)`;
          if (!group.entry) {
            yield { key: group.key, message: `No ssl.client.auth is set, so it is none${ignoredNote(group.items[0].setting)}: ${what}.` };
            continue;
          }
          yield {
            entry: group.entry,
            message: `With ${group.key}=${mode === "requested" || mode === "none" ? mode : `${group.entry.value.trim()} (read as none)`}, ${what}.`,
            discriminator: names.join(",").toUpperCase()
          };
        }
      }
    });
  }
});

// src/model/kafka/tls-settings.ts
function tlsListenerSettings(doc, key, options = {}) {
  const interBroker = runsBroker(doc) ? interBrokerListenerName(doc)?.upper : void 0;
  const out = [];
  for (const listener of serverListeners(doc)) {
    if (!isTls(listener.protocol)) continue;
    if (options.clientSide && !listener.isController && listener.upper !== interBroker) continue;
    if (!options.clientSide && !listener.listener && !listener.isController) continue;
    const setting2 = listenerSetting(doc, listener.name, key);
    if (isUnknown(setting2.entry)) continue;
    out.push({ listener, setting: setting2 });
  }
  return out;
}
function isLegacyProtocol(name) {
  return LEGACY_TLS_PROTOCOLS.some((legacy) => legacy.toLowerCase() === name.trim().toLowerCase());
}
function isLegacyContextProtocol(name) {
  return ["ssl", "sslv2", "sslv3", "tlsv1", "tlsv1.1"].includes(name.trim().toLowerCase());
}
function weakCipherReason(suite) {
  const name = suite.trim().toUpperCase();
  if (/(^|_)NULL(_|$)/.test(name)) return "no encryption";
  if (/(^|_)ANON(_|$)/.test(name) || /_DH_ANON_|_ECDH_ANON_/.test(name)) return "no server authentication";
  if (/EXPORT/.test(name)) return "export-grade";
  if (/(^|_)RC4(_|$)/.test(name)) return "RC4";
  if (/3DES|DES_EDE|(^|_)DES(40)?(_|$)|DES_CBC/.test(name)) return "DES/3DES";
  if (/_MD5$/.test(name)) return "MD5";
  return void 0;
}
var LEGACY_TLS_PROTOCOLS;
var init_tls_settings = __esm({
  "src/model/kafka/tls-settings.ts"() {
    "use strict";
    init_broker_listeners();
    LEGACY_TLS_PROTOCOLS = ["SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1"];
  }
});

// rules/tls-hostname-verification-disabled.ts
var tls_hostname_verification_disabled_default;
var init_tls_hostname_verification_disabled = __esm({
  "rules/tls-hostname-verification-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_tls_settings();
    tls_hostname_verification_disabled_default = defineRule({
      id: "tls-hostname-verification-disabled",
      title: "Brokers do not verify the host name of the brokers and controllers they connect to",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-297", "https://kafka.apache.org/documentation/#security_ssl"],
      cwe: [297],
      *check(doc) {
        const disabled = tlsListenerSettings(doc, "ssl.endpoint.identification.algorithm", { clientSide: true }).filter(
          (item) => (item.setting.value ?? "").trim() === ""
        );
        for (const group of groupBySetting(disabled)) {
          const names = group.items.map((item) => item.listener.name);
          const what = `connections this node opens over listener${names.length > 1 ? "s" : ""} ${listNames(names)} accept any certificate the truststore trusts, whatever host presents it, so an attacker on the path who holds one such certificate can impersonate a broker or controller`;
          if (!group.entry) {
            yield {
              key: group.key,
              message: `No ssl.endpoint.identification.algorithm is set, and ${doc.kafkaVersionText} then verifies no host names${ignoredNote(group.items[0].setting)}: ${what}.`
            };
            continue;
          }
          yield { entry: group.entry, message: `The empty ${group.key} turns off host name verification: ${what}.`, discriminator: names.join(",").toUpperCase() };
        }
      }
    });
  }
});

// rules/tls-legacy-protocol.ts
var tls_legacy_protocol_default;
var init_tls_legacy_protocol = __esm({
  "rules/tls-legacy-protocol.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_tls_settings();
    tls_legacy_protocol_default = defineRule({
      id: "tls-legacy-protocol",
      title: "TLS listeners allow deprecated SSL and early TLS protocol versions",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-327", "CWE-757", "https://datatracker.ietf.org/doc/html/rfc8996", "https://kafka.apache.org/documentation/#security_ssl"],
      cwe: [327, 757],
      *check(doc) {
        const items = tlsListenerSettings(doc, "ssl.enabled.protocols");
        const legacy = items.map((item) => ({ ...item, legacy: splitList(item.setting.value ?? "").filter(isLegacyProtocol) })).filter((item) => item.legacy.length > 0);
        for (const group of groupBySetting(legacy)) {
          const names = group.items.map((item) => item.listener.name);
          const protocols = [...new Set(group.items.flatMap((item) => item.legacy))];
          const on = `TLS listener${names.length > 1 ? "s" : ""} ${listNames(names)}`;
          const risk = `downgrade to ${listNames(protocols)}, protocols with known attacks (RFC 8996), unless the JVM disables them`;
          if (!group.entry) {
            yield {
              key: group.key,
              message: `No ssl.enabled.protocols is set, and ${doc.kafkaVersionText} then enables ${listNames(protocols)}: clients of ${on} can ${risk}.`
            };
            continue;
          }
          yield { entry: group.entry, message: `The ${group.key} setting lets clients of ${on} ${risk}.`, discriminator: names.join(",").toUpperCase() };
        }
        const contextDefaults = items.filter((item) => item.setting.entry && splitList(item.setting.value ?? "").length === 0);
        const weakContext = contextDefaults.map((item) => ({ listener: item.listener, setting: listenerSetting(doc, item.listener.name, "ssl.protocol") })).filter((item) => item.setting.entry && !isUnknown(item.setting.entry) && isLegacyContextProtocol(item.setting.value ?? ""));
        for (const group of groupBySetting(weakContext)) {
          if (!group.entry) continue;
          const names = group.items.map((item) => item.listener.name);
          yield {
            entry: group.entry,
            message: `With ssl.enabled.protocols empty, ${group.key}=${group.entry.value.trim()} decides the protocols of TLS listener${names.length > 1 ? "s" : ""} ${listNames(names)}, and it selects a pre-TLS 1.2 protocol.`,
            discriminator: names.join(",").toUpperCase()
          };
        }
      }
    });
  }
});

// rules/tls-weak-cipher-suite.ts
var tls_weak_cipher_suite_default;
var init_tls_weak_cipher_suite = __esm({
  "rules/tls-weak-cipher-suite.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_tls_settings();
    tls_weak_cipher_suite_default = defineRule({
      id: "tls-weak-cipher-suite",
      title: "TLS listeners allow broken cipher suites",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-327", "https://kafka.apache.org/documentation/#security_ssl"],
      cwe: [327],
      *check(doc) {
        const weak = tlsListenerSettings(doc, "ssl.cipher.suites").map((item) => ({ ...item, weak: splitList(item.setting.value ?? "").filter((suite) => weakCipherReason(suite) !== void 0) })).filter((item) => item.weak.length > 0);
        for (const group of groupBySetting(weak)) {
          if (!group.entry) continue;
          const names = group.items.map((item) => item.listener.name);
          const suites = [...new Set(group.items.flatMap((item) => item.weak))];
          const reasons = [...new Set(suites.map((suite) => weakCipherReason(suite)))];
          yield {
            entry: group.entry,
            message: `The ${group.key} setting enables ${listNames(suites)} (${listNames(reasons)}) on TLS listener${names.length > 1 ? "s" : ""} ${listNames(names)}: a client or an attacker on the path can negotiate a connection that is not confidential.`,
            discriminator: names.join(",").toUpperCase()
          };
        }
      }
    });
  }
});

// rules/unauthenticated-memory-exhaustion.ts
function fixedIn(version) {
  return FIXED[`${version.major}.${version.minor}`] ?? "a later patch release";
}
function affected2(version) {
  const last = AFFECTED[`${version.major}.${version.minor}`];
  return last !== void 0 && isPatchAtMost(version, version.major, version.minor, last);
}
var AFFECTED, FIXED, unauthenticated_memory_exhaustion_default;
var init_unauthenticated_memory_exhaustion = __esm({
  "rules/unauthenticated-memory-exhaustion.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_version();
    AFFECTED = { "2.8": 1, "3.0": 1, "3.1": 1, "3.2": 1 };
    FIXED = { "2.8": "2.8.2", "3.0": "3.0.2", "3.1": "3.1.2", "3.2": "3.2.3" };
    unauthenticated_memory_exhaustion_default = defineRule({
      id: "unauthenticated-memory-exhaustion",
      title: "Unauthenticated clients can exhaust broker memory (CVE-2022-34917)",
      severity: "high",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "network-client",
      posture: "production",
      references: ["CVE-2022-34917", "CWE-789", "https://kafka.apache.org/cve-list"],
      cwe: [789],
      *check(doc) {
        const verdict = patchVerdict(doc.kafkaVersion, affected2);
        if (verdict === "fixed" || !isServerConfig(doc)) return;
        const anonymous = new Set(unauthenticatedListeners(doc).map((listener) => listener.upper));
        const names = openListeners(doc).filter((listener) => isSasl(listener.protocol) || anonymous.has(listener.upper)).map((listener) => listener.name);
        if (names.length === 0) return;
        const entry = doc.get("listeners");
        const accept = `listener${names.length > 1 ? "s" : ""} ${names.join(", ")} accept${names.length > 1 ? "" : "s"} such clients`;
        const message = verdict === "maybe" ? `${doc.kafkaVersionText} may let clients that have not authenticated make the broker allocate large buffers until it runs out of memory (CVE-2022-34917, fixed in Kafka ${fixedIn(doc.kafkaVersion)}; the patch level of this release is unknown, so check that it carries the fix); ${accept}.` : `${doc.kafkaVersionText} lets clients that have not authenticated make the broker allocate large buffers until it runs out of memory (CVE-2022-34917); ${accept}.`;
        const severity = verdict === "maybe" ? { severity: lowerSeverity("high") } : {};
        if (entry) yield { entry, message, ...severity };
        else yield { key: "listeners", message, ...severity };
      }
    });
  }
});

// rules/unused-suppression.ts
var unused_suppression_default;
var init_unused_suppression = __esm({
  "rules/unused-suppression.ts"() {
    "use strict";
    init_rule_kit();
    unused_suppression_default = defineRule({
      id: "unused-suppression",
      title: "Inline suppression comment hides nothing",
      severity: "low",
      component: "broker",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "network-client",
      posture: "production",
      references: ["https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives"],
      *check() {
      }
    });
  }
});

// rules/url-embedded-credential.ts
var url_embedded_credential_default;
var init_url_embedded_credential = __esm({
  "rules/url-embedded-credential.ts"() {
    "use strict";
    init_rule_kit();
    init_secret_patterns();
    url_embedded_credential_default = defineRule({
      id: "url-embedded-credential",
      title: "URL embeds a cleartext password",
      severity: "high",
      component: "connector",
      appliesTo: ["broker", "controller", "worker", "connector", "client"],
      attacker: "repo-reader",
      posture: "development",
      references: ["CWE-260", "CWE-522", "KIP-297"],
      cwe: [260, 522],
      *check(doc) {
        for (const { entry, secret, span } of secretsInDocument(doc)) {
          if (secret.rule !== "url-embedded-credential") continue;
          yield {
            entry,
            span,
            message: `Cleartext ${secret.kind} in ${secretLocation(entry)} (${secret.where}); move the credentials to their own keys and reference them through a config provider.`,
            ...secret.discriminator ? { discriminator: secret.discriminator } : {}
          };
        }
      }
    });
  }
});

// rules/zk-migration-acls-unenforced.ts
function affected3(version) {
  return isPatchAtMost(version, 3, 5, 2) || isPatchAtMost(version, 3, 6, 1);
}
var zk_migration_acls_unenforced_default;
var init_zk_migration_acls_unenforced = __esm({
  "rules/zk-migration-acls-unenforced.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_version();
    zk_migration_acls_unenforced_default = defineRule({
      id: "zk-migration-acls-unenforced",
      title: "ACLs may not be enforced while the cluster migrates from ZooKeeper to KRaft (CVE-2024-27309)",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker", "controller"],
      attacker: "authenticated-client",
      posture: "production",
      references: ["CVE-2024-27309", "CWE-863", "https://kafka.apache.org/cve-list"],
      cwe: [863],
      *check(doc) {
        const entry = doc.get("zookeeper.metadata.migration.enable");
        if (!entry || isUnknown(entry) || entry.value.trim().toLowerCase() !== "true") return;
        const verdict = patchVerdict(doc.kafkaVersion, affected3);
        if (verdict === "fixed") return;
        if (verdict === "maybe") {
          yield {
            entry,
            severity: lowerSeverity("medium"),
            message: `On ${doc.kafkaVersionText} a ZooKeeper-to-KRaft migration (zookeeper.metadata.migration.enable=true) may leave ACLs unenforced (CVE-2024-27309, fixed in Kafka 3.6.2; the patch level of this release is unknown, so check that it carries the fix).`
          };
          return;
        }
        yield {
          entry,
          message: `On ${doc.kafkaVersionText} a ZooKeeper-to-KRaft migration (zookeeper.metadata.migration.enable=true) can leave ACLs unenforced, so principals may get access the ACLs deny (CVE-2024-27309).`
        };
      }
    });
  }
});

// rules/zookeeper-acl-disabled.ts
var zookeeper_acl_disabled_default;
var init_zookeeper_acl_disabled = __esm({
  "rules/zookeeper-acl-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_version();
    zookeeper_acl_disabled_default = defineRule({
      id: "zookeeper-acl-disabled",
      title: "Cluster metadata in ZooKeeper is writable by anyone who can reach ZooKeeper",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker"],
      attacker: "network-client",
      posture: "production",
      references: ["CWE-732", "https://kafka.apache.org/documentation/#zk_authz"],
      cwe: [732],
      *check(doc) {
        if (!isZooKeeperMode(doc) || doc.kafkaVersionFromInput && isAtLeast(doc.kafkaVersion, "4.0")) return;
        const entry = doc.get("zookeeper.set.acl");
        if (isUnknown(entry) || entry?.value.trim().toLowerCase() === "true") return;
        const what = "the broker creates its ZooKeeper znodes (topics, configs, ACLs, SCRAM credentials) world-writable, so any client of ZooKeeper can change them";
        if (!entry) {
          yield { key: "zookeeper.set.acl", message: `This ZooKeeper-mode broker does not set zookeeper.set.acl (default false): ${what}.` };
        } else {
          yield { entry, message: `With zookeeper.set.acl=${entry.value.trim()}, ${what}.` };
        }
      }
    });
  }
});

// rules/zookeeper-client-tls-disabled.ts
function onlyLoopback(connect) {
  const hosts = connect.split("/")[0].split(",").map((server) => server.trim().replace(/:\d+$/, "").replace(/^\[|\]$/g, "").toLowerCase()).filter((host) => host !== "");
  return hosts.length > 0 && hosts.every((host) => host === "localhost" || host === "::1" || /^127\./.test(host));
}
var zookeeper_client_tls_disabled_default;
var init_zookeeper_client_tls_disabled = __esm({
  "rules/zookeeper-client-tls-disabled.ts"() {
    "use strict";
    init_rule_kit();
    init_broker_listeners();
    init_version();
    zookeeper_client_tls_disabled_default = defineRule({
      id: "zookeeper-client-tls-disabled",
      title: "The broker talks to ZooKeeper unencrypted",
      severity: "medium",
      component: "broker",
      appliesTo: ["broker"],
      attacker: "network-client",
      posture: "production",
      references: ["KIP-515", "CWE-319", "https://kafka.apache.org/documentation/#zk_authz"],
      cwe: [319],
      *check(doc) {
        if (!isZooKeeperMode(doc) || doc.kafkaVersionFromInput && isAtLeast(doc.kafkaVersion, "4.0")) return;
        const connect = doc.get("zookeeper.connect");
        if (isUnknown(connect) || /[{}$%<>]/.test(connect.value) || onlyLoopback(connect.value)) return;
        const entry = doc.get("zookeeper.ssl.client.enable");
        if (isUnknown(entry) || entry?.value.trim().toLowerCase() === "true") return;
        const what = "cluster metadata, ACLs and SCRAM credentials travel between broker and ZooKeeper in cleartext";
        if (!entry) {
          yield { key: "zookeeper.ssl.client.enable", message: `This ZooKeeper-mode broker connects to ${connect.value.trim()} without zookeeper.ssl.client.enable=true: ${what}.` };
        } else {
          yield { entry, message: `With zookeeper.ssl.client.enable=${entry.value.trim()}, ${what}.` };
        }
      }
    });
  }
});

// rules/index.ts
var rules;
var init_rules = __esm({
  "rules/index.ts"() {
    "use strict";
    init_allow_everyone_if_no_acl();
    init_authorizer_missing();
    init_auto_create_topics_enabled();
    init_cleartext_password();
    init_client_hostname_verification_disabled();
    init_client_oauth_endpoint_http();
    init_client_plaintext();
    init_client_sasl_plain_without_tls();
    init_cloud_access_key();
    init_connect_admin_listener_exposed();
    init_connect_basic_auth_over_http();
    init_connect_cors_any_origin();
    init_connect_envvar_provider_unrestricted();
    init_connect_file_provider_unrestricted();
    init_connect_inter_worker_signing_disabled();
    init_connect_inter_worker_signing_weak();
    init_connect_legacy_rest_keys_ignored();
    init_connect_override_allowlist_unsafe();
    init_connect_override_policy_all();
    init_connect_plugin_path_world_writable();
    init_connect_rest_advertised_http();
    init_connect_rest_error_details_exposed();
    init_connect_rest_unauthenticated();
    init_connect_worker_client_security_missing();
    init_connection_limits_unset();
    init_connector_bootstrap_override_leaks_worker_credentials();
    init_connector_client_security_downgrade();
    init_connector_dlq_context_headers_enabled();
    init_connector_errors_log_include_messages();
    init_connector_jndi_ldap_login_module();
    init_connector_oauth_endpoint_file_or_internal();
    init_connector_override_class_loading();
    init_connector_override_config_providers();
    init_connector_provider_path_not_allowed();
    init_connector_provider_reads_system_file();
    init_connector_provider_undefined();
    init_connector_security_override_unrestricted();
    init_controller_listener_cleartext();
    init_delegation_token_lifetime_raised();
    init_early_start_listener_external();
    init_failed_auth_delay_reduced();
    init_idle_timeout_disabled();
    init_inter_broker_cleartext();
    init_jaas_inline_credential();
    init_jmx_remote_unauthenticated();
    init_login_module_denylist_weakened();
    init_mirrormaker_cluster_plaintext();
    init_misspelled_security_key();
    init_plaintext_listener();
    init_private_key_material();
    init_queued_max_request_bytes_unset();
    init_queued_max_requests_raised();
    init_reauthentication_disabled();
    init_sample_credential();
    init_sasl_max_receive_size_raised();
    init_sasl_oauthbearer_audience_unchecked();
    init_sasl_oauthbearer_http_endpoint();
    init_sasl_oauthbearer_jwt_unvalidated();
    init_sasl_oauthbearer_unsecured_validator();
    init_sasl_plain_without_tls();
    init_sasl_plaintext_listener();
    init_sasl_scram_without_tls();
    init_socket_request_max_bytes_raised();
    init_strimzi_ignored_security_setting();
    init_super_users_anonymous();
    init_super_users_wildcard();
    init_tls_client_auth_optional();
    init_tls_hostname_verification_disabled();
    init_tls_legacy_protocol();
    init_tls_weak_cipher_suite();
    init_unauthenticated_memory_exhaustion();
    init_unused_suppression();
    init_url_embedded_credential();
    init_zk_migration_acls_unenforced();
    init_zookeeper_acl_disabled();
    init_zookeeper_client_tls_disabled();
    rules = [
      allow_everyone_if_no_acl_default,
      authorizer_missing_default,
      auto_create_topics_enabled_default,
      cleartext_password_default,
      client_hostname_verification_disabled_default,
      client_oauth_endpoint_http_default,
      client_plaintext_default,
      client_sasl_plain_without_tls_default,
      cloud_access_key_default,
      connect_admin_listener_exposed_default,
      connect_basic_auth_over_http_default,
      connect_cors_any_origin_default,
      connect_envvar_provider_unrestricted_default,
      connect_file_provider_unrestricted_default,
      connect_inter_worker_signing_disabled_default,
      connect_inter_worker_signing_weak_default,
      connect_legacy_rest_keys_ignored_default,
      connect_override_allowlist_unsafe_default,
      connect_override_policy_all_default,
      connect_plugin_path_world_writable_default,
      connect_rest_advertised_http_default,
      connect_rest_error_details_exposed_default,
      connect_rest_unauthenticated_default,
      connect_worker_client_security_missing_default,
      connection_limits_unset_default,
      connector_bootstrap_override_leaks_worker_credentials_default,
      connector_client_security_downgrade_default,
      connector_dlq_context_headers_enabled_default,
      connector_errors_log_include_messages_default,
      connector_jndi_ldap_login_module_default,
      connector_oauth_endpoint_file_or_internal_default,
      connector_override_class_loading_default,
      connector_override_config_providers_default,
      connector_provider_path_not_allowed_default,
      connector_provider_reads_system_file_default,
      connector_provider_undefined_default,
      connector_security_override_unrestricted_default,
      controller_listener_cleartext_default,
      delegation_token_lifetime_raised_default,
      early_start_listener_external_default,
      failed_auth_delay_reduced_default,
      idle_timeout_disabled_default,
      inter_broker_cleartext_default,
      jaas_inline_credential_default,
      jmx_remote_unauthenticated_default,
      login_module_denylist_weakened_default,
      mirrormaker_cluster_plaintext_default,
      misspelled_security_key_default,
      plaintext_listener_default,
      private_key_material_default,
      queued_max_request_bytes_unset_default,
      queued_max_requests_raised_default,
      reauthentication_disabled_default,
      sample_credential_default,
      sasl_max_receive_size_raised_default,
      sasl_oauthbearer_audience_unchecked_default,
      sasl_oauthbearer_http_endpoint_default,
      sasl_oauthbearer_jwt_unvalidated_default,
      sasl_oauthbearer_unsecured_validator_default,
      sasl_plain_without_tls_default,
      sasl_plaintext_listener_default,
      sasl_scram_without_tls_default,
      socket_request_max_bytes_raised_default,
      strimzi_ignored_security_setting_default,
      super_users_anonymous_default,
      super_users_wildcard_default,
      tls_client_auth_optional_default,
      tls_hostname_verification_disabled_default,
      tls_legacy_protocol_default,
      tls_weak_cipher_suite_default,
      unauthenticated_memory_exhaustion_default,
      unused_suppression_default,
      url_embedded_credential_default,
      zk_migration_acls_unenforced_default,
      zookeeper_acl_disabled_default,
      zookeeper_client_tls_disabled_default
    ];
  }
});

// src/util/compare.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_compare = __esm({
  "src/util/compare.ts"() {
    "use strict";
  }
});

// src/util/glob.ts
function compileGlob(pattern) {
  if (pattern.length === 0) throw new GlobSyntaxError("empty glob", 1);
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`glob longer than ${MAX_GLOB_LENGTH} characters`, MAX_GLOB_LENGTH + 1);
  let body = pattern.startsWith("./") ? pattern.slice(2) : pattern;
  const anchored = body.startsWith("/") || body.slice(0, -1).includes("/");
  let leading = 0;
  while (body.charCodeAt(leading) === SLASH) leading++;
  const offset = pattern.length - body.length + leading;
  body = body.slice(leading);
  let trailing = body.length;
  while (trailing > 0 && body.charCodeAt(trailing - 1) === SLASH) trailing--;
  body = body.slice(0, trailing);
  if (body.length === 0) throw new GlobSyntaxError(`glob "${pattern}" names no path`, 1);
  const items = parseGlob(body, pattern, offset);
  const literal2 = requiredLiteral(items);
  let automaton;
  return { source: pattern, matches: (path) => path.includes(literal2) && (automaton ??= new Automaton(items, anchored)).matches(path) };
}
function requiredLiteral(items) {
  let longest = "";
  let run2 = "";
  for (const item of items) {
    if (item.kind === "char") {
      run2 += String.fromCharCode(item.code);
      if (run2.length > longest.length) longest = run2;
    } else {
      run2 = "";
    }
  }
  return longest;
}
function parseGlob(body, original, offset) {
  const top = [];
  const open = [];
  let current = top;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "*") {
      if (body[i + 1] === "*") {
        const atSegmentStart = i === 0 || body[i - 1] === "/";
        const atSegmentEnd = i + 2 === body.length || body[i + 2] === "/";
        if (!atSegmentStart || !atSegmentEnd) throw new GlobSyntaxError(`"**" must be a whole path segment in "${original}"`, offset + i + 1);
        if (body[i + 2] === "/") {
          current.push({ kind: "segments" });
          i += 2;
        } else {
          current.push({ kind: "rest" });
          i += 1;
        }
      } else {
        current.push({ kind: "star" });
      }
    } else if (ch === "?") {
      current.push({ kind: "one" });
    } else if (ch === "[") {
      const { test, end } = parseClass(body, i, original, offset);
      current.push({ kind: "class", test });
      i = end;
    } else if (ch === "{") {
      const frame = { at: i, options: [], current: [], parent: current };
      open.push(frame);
      current = frame.current;
    } else if (ch === "}" && open.length > 0) {
      const frame = open.pop();
      frame.options.push(frame.current);
      frame.parent.push({ kind: "choice", options: frame.options });
      current = frame.parent;
    } else if (ch === "," && open.length > 0) {
      const frame = open[open.length - 1];
      frame.options.push(frame.current);
      frame.current = [];
      current = frame.current;
    } else {
      current.push({ kind: "char", code: body.charCodeAt(i) });
    }
  }
  const unclosed = open.pop();
  if (unclosed !== void 0) throw new GlobSyntaxError(`unclosed "{" in "${original}"`, offset + unclosed.at + 1);
  return top;
}
function parseClass(body, start, original, offset) {
  let i = start + 1;
  const negated = body[i] === "!" || body[i] === "^";
  if (negated) i++;
  const close = body.indexOf("]", i + 1);
  if (close === -1) throw new GlobSyntaxError(`unclosed "[" in "${original}"`, offset + start + 1);
  const set = body.slice(i, close);
  if (set.includes("/")) throw new GlobSyntaxError(`"/" inside "[\u2026]" in "${original}"`, offset + start + 1);
  const ranges = [];
  for (let k = 0; k < set.length; k++) {
    const low = set.charCodeAt(k);
    if (set[k + 1] === "-" && k + 2 < set.length) {
      const high = set.charCodeAt(k + 2);
      if (high < low) throw new GlobSyntaxError(`range "${set.slice(k, k + 3)}" is out of order in "${original}"`, offset + start + 1);
      ranges.push([low, high]);
      k += 2;
    } else {
      ranges.push([low, low]);
    }
  }
  const inSet = (code2) => ranges.some(([low, high]) => code2 >= low && code2 <= high);
  return { test: negated ? (code2) => code2 !== SLASH && !inSet(code2) : (code2) => code2 !== SLASH && inSet(code2), end: close };
}
var GlobSyntaxError, SLASH, MAX_GLOB_LENGTH, CHAR, NOT_SLASH, ANY, CLASS, SPLIT, MATCH, MAX_DFA_STATES, Automaton;
var init_glob = __esm({
  "src/util/glob.ts"() {
    "use strict";
    GlobSyntaxError = class extends Error {
      column;
      constructor(message, column) {
        super(message);
        this.column = column;
      }
    };
    SLASH = 47;
    MAX_GLOB_LENGTH = 4096;
    CHAR = 0;
    NOT_SLASH = 1;
    ANY = 2;
    CLASS = 3;
    SPLIT = 4;
    MATCH = 5;
    MAX_DFA_STATES = 4096;
    Automaton = class {
      #kind = [];
      /** CHAR: the code unit; CLASS: the index of its test. */
      #code = [];
      #out = [];
      /** SPLIT: the second way out. */
      #out2 = [];
      #tests = [];
      #start;
      #cache = /* @__PURE__ */ new Map();
      #initial;
      constructor(items, anchored) {
        const match = this.#add(MATCH, 0, -1);
        const anyLoop = this.#loop((next) => this.#add(ANY, 0, next), match);
        const below = this.#add(CHAR, SLASH, anyLoop);
        const end = this.#add(SPLIT, 0, below, match);
        let start = this.#sequence(items, end);
        if (!anchored) {
          const slash = this.#add(CHAR, SLASH, start);
          const prefix = this.#loop((next) => this.#add(ANY, 0, next), slash);
          start = this.#add(SPLIT, 0, start, prefix);
        }
        this.#start = start;
        this.#initial = this.#state(this.#closure([start]));
      }
      matches(path) {
        let state = this.#initial;
        for (let i = 0; i < path.length; i++) {
          const code2 = path.charCodeAt(i);
          let next = state.next.get(code2);
          if (!next) {
            if (this.#cache.size > MAX_DFA_STATES) {
              this.#cache = /* @__PURE__ */ new Map();
              this.#initial = this.#state(this.#closure([this.#start]));
            }
            next = this.#state(this.#closure(this.#step(state.states, code2)));
            state.next.set(code2, next);
          }
          if (next.states.length === 0) return false;
          state = next;
        }
        return state.accepting;
      }
      #add(kind, code2, out, out2 = -1) {
        this.#kind.push(kind);
        this.#code.push(code2);
        this.#out.push(out);
        this.#out2.push(out2);
        return this.#kind.length - 1;
      }
      /** `(?:body)*` followed by `next`: a split that enters `body` (which loops back) or leaves. */
      #loop(body, next) {
        const split2 = this.#add(SPLIT, 0, -1, next);
        this.#out[split2] = body(split2);
        return split2;
      }
      #sequence(items, next) {
        let out = next;
        for (let i = items.length - 1; i >= 0; i--) out = this.#item(items[i], out);
        return out;
      }
      #item(item, next) {
        switch (item.kind) {
          case "char":
            return this.#add(CHAR, item.code, next);
          case "one":
            return this.#add(NOT_SLASH, 0, next);
          case "class":
            this.#tests.push(item.test);
            return this.#add(CLASS, this.#tests.length - 1, next);
          case "star":
            return this.#loop((loop) => this.#add(NOT_SLASH, 0, loop), next);
          case "rest":
            return this.#loop((loop) => this.#add(ANY, 0, loop), next);
          case "segments":
            return this.#loop((loop) => {
              const slash = this.#add(CHAR, SLASH, loop);
              return this.#loop((inner) => this.#add(NOT_SLASH, 0, inner), slash);
            }, next);
          case "choice": {
            let entry = -1;
            for (const option of item.options) {
              const start = this.#sequence(option, next);
              entry = entry === -1 ? start : this.#add(SPLIT, 0, start, entry);
            }
            return entry;
          }
        }
      }
      /** The states reachable through splits alone, sorted; splits themselves are left out. */
      #closure(from) {
        const seen = /* @__PURE__ */ new Set();
        const out = [];
        const stack = [...from];
        while (stack.length > 0) {
          const index = stack.pop();
          if (seen.has(index)) continue;
          seen.add(index);
          if (this.#kind[index] === SPLIT) stack.push(this.#out2[index], this.#out[index]);
          else out.push(index);
        }
        return out.sort((a, b) => a - b);
      }
      #step(states, code2) {
        const out = [];
        for (const index of states) {
          const kind = this.#kind[index];
          const accepts = kind === ANY || kind === CHAR && this.#code[index] === code2 || kind === NOT_SLASH && code2 !== SLASH || kind === CLASS && this.#tests[this.#code[index]](code2);
          if (accepts) out.push(this.#out[index]);
        }
        return out;
      }
      #state(states) {
        const key = states.join(",");
        let state = this.#cache.get(key);
        if (!state) {
          state = { states, accepting: states.some((index) => this.#kind[index] === MATCH), next: /* @__PURE__ */ new Map() };
          this.#cache.set(key, state);
        }
        return state;
      }
    };
  }
});

// src/discover/ignore.ts
function trimTrailingWhitespace(line) {
  let start = line.length;
  while (start > 0 && WHITESPACE.test(line[start - 1])) start--;
  if (start === line.length) return line;
  if (start > 0 && line[start - 1] === "\\") return line.slice(0, start + 1);
  return line.slice(0, start);
}
var IgnoreList, WHITESPACE;
var init_ignore = __esm({
  "src/discover/ignore.ts"() {
    "use strict";
    init_glob();
    IgnoreList = class _IgnoreList {
      #rules = [];
      static parse(text) {
        const list = new _IgnoreList();
        for (const rawLine of text.split(/\r?\n/)) {
          let line = trimTrailingWhitespace(rawLine);
          if (line === "" || line.startsWith("#")) continue;
          const negated = line.startsWith("!");
          if (negated) line = line.slice(1);
          line = line.replace(/^\\([#!])/, "$1");
          const directoryOnly = line.endsWith("/");
          try {
            list.#rules.push({ glob: compileGlob(line), negated, directoryOnly });
          } catch {
          }
        }
        return list;
      }
      /** true: ignored, false: re-included, undefined: no rule speaks of it. */
      verdict(relativePath, isDirectory) {
        let verdict;
        for (const rule2 of this.#rules) {
          if (rule2.directoryOnly && !isDirectory) continue;
          if (rule2.glob.matches(relativePath)) verdict = !rule2.negated;
        }
        return verdict;
      }
    };
    WHITESPACE = /\s/;
  }
});

// src/discover/sniff.ts
function sniffKind(fileName, head) {
  const name = fileName.toLowerCase();
  const dot = name.lastIndexOf(".");
  const extension = dot === -1 ? "" : name.slice(dot + 1);
  switch (extension) {
    case "properties":
      return "properties";
    case "json":
      return head.includes("connector.class") ? "json" : void 0;
    case "yaml":
    case "yml":
      return YAML_HINT.test(head) ? "yaml" : void 0;
    case "js":
    case "mjs":
    case "cjs":
    case "jsx":
    case "ts":
    case "mts":
    case "cts":
    case "tsx":
      return JS_CLIENT_HINT.test(head) && !/\.d\.[mc]?ts$/.test(name) ? "javascript" : void 0;
    case "conf":
    case "config":
    case "cfg":
    case "":
      if (JAAS_MODULE.test(head) && JAAS_SECTION.test(head)) return "jaas";
      return KAFKA_KEY_LINE.test(head) ? "properties" : void 0;
    default:
      return void 0;
  }
}
var KAFKA_KEY_LINE, YAML_HINT, JS_CLIENT_HINT, JAAS_MODULE, JAAS_SECTION;
var init_sniff = __esm({
  "src/discover/sniff.ts"() {
    "use strict";
    KAFKA_KEY_LINE = /^[ \t\f]*(bootstrap\.servers|listeners|advertised\.listeners|security\.protocol|sasl\.[a-z.]+|ssl\.[a-z.]+|connector\.class|process\.roles|group\.id|config\.providers|broker\.id|node\.id)[ \t\f]*[=:]/m;
    YAML_HINT = /kafka|strimzi|confluent|connector\.class|\bCONNECT_[A-Z]|configurationOverrides/i;
    JS_CLIENT_HINT = /\bkafkajs\b|node-rdkafka|@confluentinc\/kafka-javascript/;
    JAAS_MODULE = /LoginModule\s+(required|sufficient|requisite|optional)\b/;
    JAAS_SECTION = /^[ \t]*[A-Za-z_$][\w.$-]*\s*\{/m;
  }
});

// src/discover/walk.ts
function discover(paths, options) {
  const targets = (paths.length === 0 ? ["."] : paths).map((path) => (0, import_node_path4.resolve)(options.cwd, path));
  const root = options.root !== void 0 ? (0, import_node_path4.resolve)(options.cwd, options.root) : scanRoot(targets, options.cwd);
  const realRoot = safeRealpath(root) ?? root;
  const excludes = options.exclude.map((pattern) => compileGlob(pattern));
  const files = [];
  const notices = [];
  const missing = [];
  const seenFiles = /* @__PURE__ */ new Set();
  const visitedDirectories = /* @__PURE__ */ new Set();
  const useGitignore = options.gitignore ?? true;
  const display = (absolute) => toPosix((0, import_node_path4.relative)(options.cwd, absolute)) || ".";
  const rootPathOf = (absolute) => toPosix((0, import_node_path4.relative)(root, absolute));
  const excluded = (absolute) => {
    const path = rootPathOf(absolute);
    return excludes.some((glob) => glob.matches(path) || glob.matches(display(absolute)));
  };
  const addFile = (absolute, stats, explicit) => {
    const real = safeRealpath(absolute);
    if (!real || !isInside2(real, realRoot)) {
      notices.push({ path: display(absolute), message: "skipped: a symbolic link that leads outside the scan root" });
      return;
    }
    if (seenFiles.has(real)) return;
    const name = absolute.slice(absolute.lastIndexOf(import_node_path4.sep) + 1);
    const extension = extensionOf(name);
    let kind;
    try {
      const head = readHead(absolute, SNIFF_BYTES);
      kind = sniffKind(name, head) ?? sniffWide(name, head);
      if (!kind && stats.size > SNIFF_BYTES && CONTENT_SNIFFED.has(extension)) {
        kind = stats.size > FULL_SNIFF_BYTES ? KIND_BY_EXTENSION[extension] : sniffKind(name, readHead(absolute, FULL_SNIFF_BYTES));
      }
    } catch (error) {
      if (error instanceof NotRegularFile) {
        if (explicit) missing.push({ path: display(absolute), message: "not a regular file or folder; not read" });
      } else if (explicit || CANDIDATE_EXTENSIONS.has(extension)) {
        missing.push({ path: display(absolute), message: `cannot read (${errorCode(error)})` });
      }
      return;
    }
    if (!kind) {
      if (explicit) notices.push({ path: display(absolute), message: "skipped: not a Kafka or Kafka Connect configuration" });
      return;
    }
    seenFiles.add(real);
    files.push({ absolutePath: absolute, rootPath: rootPathOf(absolute), displayPath: display(absolute), kind, size: stats.size });
  };
  const walk2 = (directory, ignores) => {
    const real = safeRealpath(directory);
    if (!real || !isInside2(real, realRoot)) {
      notices.push({ path: display(directory), message: "skipped: a symbolic link that leads outside the scan root" });
      return;
    }
    if (visitedDirectories.has(real)) return;
    visitedDirectories.add(real);
    let names;
    try {
      names = (0, import_node_fs4.readdirSync)(directory).sort(compareStrings);
    } catch (error) {
      missing.push({ path: display(directory), message: `cannot read folder (${errorCode(error)})` });
      return;
    }
    let scoped = ignores;
    if (useGitignore && names.includes(".gitignore")) {
      const list = readIgnoreFile((0, import_node_path4.join)(directory, ".gitignore"), realRoot);
      if (list) scoped = [...ignores, { base: directory, list }];
    }
    for (const name of names) {
      if (ALWAYS_SKIPPED.has(name)) continue;
      const absolute = (0, import_node_path4.join)(directory, name);
      let stats;
      try {
        stats = (0, import_node_fs4.lstatSync)(absolute);
      } catch (error) {
        missing.push({ path: display(absolute), message: `cannot read (${errorCode(error)})` });
        continue;
      }
      if (stats.isSymbolicLink()) {
        try {
          stats = (0, import_node_fs4.statSync)(absolute);
        } catch (error) {
          const code2 = errorCode(error);
          if (code2 === "ELOOP" || code2 === "ENOENT") notices.push({ path: display(absolute), message: `skipped: ${code2 === "ELOOP" ? "a symbolic link loop" : "a broken symbolic link"}` });
          else missing.push({ path: display(absolute), message: `cannot read (${code2})` });
          continue;
        }
      }
      const isDirectory = stats.isDirectory();
      if (isIgnored(absolute, isDirectory, scoped) || excluded(absolute)) continue;
      if (isDirectory) walk2(absolute, scoped);
      else if (stats.isFile()) addFile(absolute, stats, false);
    }
  };
  for (const target of targets) {
    let stats;
    try {
      stats = (0, import_node_fs4.statSync)(target);
    } catch {
      missing.push({ path: display(target), message: (0, import_node_fs4.existsSync)(target) ? "cannot be read" : "no such file or folder" });
      continue;
    }
    if (stats.isDirectory()) walk2(target, rootIgnores(root, realRoot, target, useGitignore));
    else if (!stats.isFile()) missing.push({ path: display(target), message: "not a regular file or folder; not read" });
    else if (!excluded(target)) addFile(target, stats, true);
  }
  files.sort((a, b) => compareStrings(a.displayPath, b.displayPath));
  return { root, files, notices, missing };
}
function scanRoot(targets, cwd) {
  const directories = targets.map((target) => isDirectorySafe(target) ? target : (0, import_node_path4.dirname)(target));
  if (targets.length === 1 && isDirectorySafe(targets[0])) return targets[0];
  if (directories.every((directory) => isInside2(directory, cwd))) return cwd;
  let common = directories[0] ?? cwd;
  while (!directories.every((directory) => isInside2(directory, common))) common = (0, import_node_path4.dirname)(common);
  return common;
}
function rootIgnores(root, realRoot, target, enabled) {
  if (!enabled || !isInside2(target, root)) return [];
  const out = [];
  let directory = root;
  const steps = (0, import_node_path4.relative)(root, target).split(import_node_path4.sep).filter(Boolean);
  for (let i = 0; i < steps.length; i++) {
    const list = readIgnoreFile((0, import_node_path4.join)(directory, ".gitignore"), realRoot);
    if (list) out.push({ base: directory, list });
    directory = (0, import_node_path4.join)(directory, steps[i]);
  }
  return out;
}
function readIgnoreFile(path, realRoot) {
  const read2 = readInsideRoot(path, realRoot, MAX_IGNORE_BYTES);
  return "text" in read2 ? IgnoreList.parse(read2.text) : void 0;
}
function readRootFile(path, root, limit2) {
  return readInsideRoot(path, safeRealpath(root) ?? root, limit2);
}
function readInsideRoot(path, realRoot, limit2) {
  const real = safeRealpath(path);
  if (!real) return { refused: "a broken symbolic link" };
  if (!isInside2(real, realRoot)) return { refused: "a symbolic link that leads outside the scan root" };
  try {
    return { text: readHead(path, limit2, true).toString("utf8") };
  } catch (error) {
    if (error instanceof NotRegularFile) return { refused: "not a regular file", unreadable: true };
    if (error instanceof TooLarge) return { refused: `larger than ${limit2 / 1024 / 1024} MiB`, unreadable: true };
    const code2 = error.code;
    if (typeof code2 === "string") return { refused: `cannot read (${code2})`, unreadable: true };
    throw error;
  }
}
function isIgnored(absolute, isDirectory, ignores) {
  let verdict = false;
  for (const { base, list } of ignores) {
    const said = list.verdict(toPosix((0, import_node_path4.relative)(base, absolute)), isDirectory);
    if (said !== void 0) verdict = said;
  }
  return verdict;
}
function isInside2(path, root) {
  const rel = (0, import_node_path4.relative)(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path4.sep}`) && !(0, import_node_path4.isAbsolute)(rel);
}
function isDirectorySafe(path) {
  try {
    return (0, import_node_fs4.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function safeRealpath(path) {
  try {
    return (0, import_node_fs4.realpathSync)(path);
  } catch {
    return void 0;
  }
}
function readHead(path, limit2, whole = false) {
  const fd = (0, import_node_fs4.openSync)(path, import_node_fs4.constants.O_RDONLY | (import_node_fs4.constants.O_NONBLOCK ?? 0));
  try {
    const stats = (0, import_node_fs4.fstatSync)(fd);
    if (!stats.isFile()) throw new NotRegularFile();
    if (whole && stats.size > limit2) throw new TooLarge();
    const buffer = Buffer.alloc(Math.min(stats.size, limit2));
    let filled = 0;
    while (filled < buffer.length) {
      const read2 = (0, import_node_fs4.readSync)(fd, buffer, filled, buffer.length - filled, filled);
      if (read2 === 0) break;
      filled += read2;
    }
    const bytes = buffer.subarray(0, filled);
    return whole ? bytes : bytes.toString("latin1");
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function sniffWide(name, head) {
  if (!head.includes("\0")) return void 0;
  const kind = sniffKind(name, head.replace(/\u0000/g, ""));
  return kind === "json" || kind === "yaml" ? kind : void 0;
}
function extensionOf(name) {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf(".");
  return dot === -1 ? "" : lower.slice(dot + 1);
}
function errorCode(error) {
  return error?.code ?? "error";
}
var import_node_fs4, import_node_path4, ALWAYS_SKIPPED, SNIFF_BYTES, FULL_SNIFF_BYTES, CONTENT_SNIFFED, KIND_BY_EXTENSION, CANDIDATE_EXTENSIONS, MAX_IGNORE_BYTES, NotRegularFile, TooLarge;
var init_walk = __esm({
  "src/discover/walk.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = require("node:path");
    init_compare();
    init_glob();
    init_paths();
    init_ignore();
    init_sniff();
    ALWAYS_SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
    SNIFF_BYTES = 64 * 1024;
    FULL_SNIFF_BYTES = 16 * 1024 * 1024;
    CONTENT_SNIFFED = /* @__PURE__ */ new Set(["json", "yaml", "yml", "conf", "config", "cfg", ""]);
    KIND_BY_EXTENSION = { properties: "properties", json: "json", yaml: "yaml", yml: "yaml" };
    CANDIDATE_EXTENSIONS = /* @__PURE__ */ new Set(["properties", "json", "yaml", "yml", "conf", "config", "cfg", ""]);
    MAX_IGNORE_BYTES = 1024 * 1024;
    NotRegularFile = class extends Error {
    };
    TooLarge = class extends Error {
    };
  }
});

// src/util/hash.ts
function sha256Hex(text) {
  if (native === void 0 && text.length < NATIVE_FROM) return sha256Small(typeof text === "string" ? Buffer.from(text, "utf8") : text);
  native ??= (0, import_node_module4.createRequire)(__connectAuditBundleUrl)("node:crypto");
  return native.createHash("sha256").update(text).digest("hex");
}
function sha256Small(bytes) {
  const length = bytes.length;
  const blocks = (length + 8 >> 6) + 1;
  const words = new Int32Array(blocks * 16);
  for (let i = 0; i < length; i++) words[i >> 2] |= bytes[i] << 24 - (i & 3) * 8;
  words[length >> 2] |= 128 << 24 - (length & 3) * 8;
  words[blocks * 16 - 1] = length * 8;
  const state = new Int32Array([1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225]);
  const w = new Int32Array(64);
  for (let block = 0; block < blocks; block++) {
    for (let i = 0; i < 16; i++) w[i] = words[block * 16 + i];
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
      const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
    }
    let [a, b, c, d, e, f, g, h] = state;
    for (let i = 0; i < 64; i++) {
      const s1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const t1 = h + s1 + (e & f ^ ~e & g) + K[i] + w[i] | 0;
      const s0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const t2 = s0 + (a & b ^ a & c ^ b & c) | 0;
      h = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
  let hex = "";
  for (const word of state) hex += (word >>> 0).toString(16).padStart(8, "0");
  return hex;
}
var import_node_module4, NATIVE_FROM, native, K;
var init_hash = __esm({
  "src/util/hash.ts"() {
    "use strict";
    import_node_module4 = require("node:module");
    NATIVE_FROM = 16 * 1024;
    K = new Int32Array([
      1116352408,
      1899447441,
      3049323471,
      3921009573,
      961987163,
      1508970993,
      2453635748,
      2870763221,
      3624381080,
      310598401,
      607225278,
      1426881987,
      1925078388,
      2162078206,
      2614888103,
      3248222580,
      3835390401,
      4022224774,
      264347078,
      604807628,
      770255983,
      1249150122,
      1555081692,
      1996064986,
      2554220882,
      2821834349,
      2952996808,
      3210313671,
      3336571891,
      3584528711,
      113926993,
      338241895,
      666307205,
      773529912,
      1294757372,
      1396182291,
      1695183700,
      1986661051,
      2177026350,
      2456956037,
      2730485921,
      2820302411,
      3259730800,
      3345764771,
      3516065817,
      3600352804,
      4094571909,
      275423344,
      430227734,
      506948616,
      659060556,
      883997877,
      958139571,
      1322822218,
      1537002063,
      1747873779,
      1955562222,
      2024104815,
      2227730452,
      2361852424,
      2428436474,
      2756734187,
      3204031479,
      3329325298
    ]);
  }
});

// src/engine/value-hash.ts
function hashValue(ruleId, key, value, isSecret = false) {
  if (value === void 0) return ABSENT_VALUE_HASH;
  return sha256Hex(["connect-audit/value/v1", ruleId, key, value].join("\0")).slice(0, isSecret ? 4 : 16);
}
var ABSENT_VALUE_HASH;
var init_value_hash = __esm({
  "src/engine/value-hash.ts"() {
    "use strict";
    init_hash();
    ABSENT_VALUE_HASH = "-";
  }
});

// src/engine/suppressions.ts
function parseDirective(comment, file) {
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return void 0;
  const scope = match[1] ? "file" : "entry";
  const body = match[2] ?? "";
  const colon = body.indexOf(":");
  const head = colon === -1 ? body : body.slice(0, colon);
  const reason = colon === -1 ? void 0 : body.slice(colon + 1).trim().replace(/\s+/g, " ") || void 0;
  const ruleIds = [];
  let until;
  let problem2;
  for (const token of head.split(/[\s,]+/).filter(Boolean)) {
    if (token.startsWith("until=")) {
      until = token.slice("until=".length);
      if (!isValidDate(until)) problem2 ??= `has an invalid until= date "${until}" (expected YYYY-MM-DD)`;
    } else if (RULE_ID.test(token)) {
      ruleIds.push(token);
    } else {
      problem2 ??= `has "${token}" where a rule id or until=YYYY-MM-DD belongs`;
    }
  }
  if (ruleIds.length === 0) problem2 ??= 'names no rule (write "connect-audit-ignore RULE-ID: reason")';
  if (reason === void 0) problem2 ??= 'gives no reason (write ": why this is accepted" after the rule id)';
  return { file, line: comment.line, scope, ruleIds, until, reason, problem: problem2 };
}
function isValidDate(text) {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function utcToday(now = /* @__PURE__ */ new Date()) {
  const pad = (value, width) => String(value).padStart(width, "0");
  return `${pad(now.getUTCFullYear(), 4)}-${pad(now.getUTCMonth() + 1, 2)}-${pad(now.getUTCDate(), 2)}`;
}
function applyInlineSuppressions(findings, documents, options) {
  if (!options.enabled) return [...findings];
  const out = [...findings];
  const problems = [];
  const reportProblems = options.rulesRun.has(unused_suppression_default.id);
  const indexOfFile = /* @__PURE__ */ new Map();
  out.forEach((finding, index) => {
    const list = indexOfFile.get(finding.file) ?? [];
    list.push(index);
    indexOfFile.set(finding.file, list);
  });
  for (const source of filesOf(documents)) {
    const commentLines = new Set(source.comments.map((comment) => comment.line));
    for (const comment of source.comments) {
      const directive = parseDirective(comment, source.file);
      if (!directive) continue;
      const startsHere = source.entries.find(({ entry }) => entry.span.line === comment.line);
      let target = comment.line + 1;
      while (commentLines.has(target)) target++;
      const targets = directive.scope === "entry" ? source.entries.filter(({ entry }) => entry.span.line === target) : [];
      const anchor = targets[0]?.entry;
      const report = (ruleId, message, at = anchor) => {
        if (reportProblems) problems.push(problemFinding(source, directive, at, ruleId, message, options));
      };
      if (startsHere) {
        report(directive.ruleIds[0], `The connect-audit-ignore comment on line ${comment.line} shares its line with ${startsHere.entry.key}, so it is ignored; put it on its own line above the entry.`, startsHere.entry);
        continue;
      }
      if (directive.problem !== void 0) {
        report(directive.ruleIds[0], `The connect-audit-ignore comment on line ${comment.line} ${directive.problem}, so it is ignored.`);
        continue;
      }
      if (directive.until !== void 0 && directive.until < options.today) {
        report(directive.ruleIds[0], `The suppression of ${directive.ruleIds.join(", ")} on line ${comment.line} expired on ${directive.until}, so it no longer applies; fix the finding or renew the suppression with a new until= date.`);
        continue;
      }
      for (const ruleId of directive.ruleIds) {
        if (ruleId === unused_suppression_default.id) {
          report(ruleId, `The connect-audit-ignore comment on line ${comment.line} names ${ruleId}, which cannot be suppressed inline; remove the comment that does not hide anything instead.`);
          continue;
        }
        if (!options.knownRules.has(ruleId)) {
          report(void 0, `The connect-audit-ignore comment on line ${comment.line} names ${ruleId}, which is not a connect-audit rule (connect-audit rules lists them), so it is ignored.`);
          continue;
        }
        if (!options.rulesRun.has(ruleId)) continue;
        let used2 = false;
        for (const index of indexOfFile.get(source.file) ?? []) {
          const finding = out[index];
          if (finding.ruleId !== ruleId) continue;
          if (directive.scope === "entry" && !targets.some(({ entry }) => covers(entry, finding, target))) continue;
          used2 = true;
          if (finding.classification === "OUT-OF-MODEL") continue;
          out[index] = { ...finding, classification: "BY-DESIGN", reason: directive.reason, section: SUPPRESSION_SECTION };
        }
        if (!used2) {
          const where = directive.scope === "file" ? "in this file" : anchor ? `on ${anchor.key}` : `on line ${target}, the line after it`;
          report(ruleId, `The suppression of ${ruleId} on line ${comment.line} matches no finding ${where}; remove the connect-audit-ignore comment.`);
        }
      }
    }
  }
  return [...out, ...problems.map((problem2) => options.classify(problem2))].sort(compareReported);
}
function covers(entry, finding, target) {
  if (finding.line === target) return true;
  return finding.key === entry.key && finding.line >= entry.span.line && finding.line <= entry.span.endLine;
}
function filesOf(documents) {
  const byFile = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    let source = byFile.get(doc.file);
    if (!source) {
      source = { comments: /* @__PURE__ */ new Map(), entries: [], role: doc.role };
      byFile.set(doc.file, source);
    }
    for (const comment of doc.comments) if (!source.comments.has(comment.line)) source.comments.set(comment.line, comment);
    for (const entry of doc.entries) source.entries.push({ entry, doc });
  }
  return [...byFile.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([file, source]) => ({ file, comments: [...source.comments.values()].sort((a, b) => a.line - b.line), entries: source.entries, role: source.role }));
}
function problemFinding(source, directive, anchor, ruleId, message, options) {
  const judgedLike = ruleId !== void 0 ? options.knownRules.get(ruleId) : void 0;
  const span = anchor?.span ?? { line: directive.line, column: 1, endLine: directive.line, endColumn: 1 };
  const key = anchor?.key ?? "";
  const anchorDoc = anchor ? source.entries.find(({ entry }) => entry === anchor)?.doc : void 0;
  return {
    ruleId: unused_suppression_default.id,
    title: unused_suppression_default.title,
    severity: unused_suppression_default.severity,
    component: anchorDoc?.role ?? source.role,
    attacker: judgedLike?.attacker ?? unused_suppression_default.attacker,
    posture: judgedLike?.posture ?? unused_suppression_default.posture,
    references: unused_suppression_default.references,
    file: source.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    key,
    value: void 0,
    valueHash: hashValue(unused_suppression_default.id, key, `${directive.scope}:${directive.ruleIds.join(",")}:${ruleId ?? ""}`),
    message,
    fingerprint: sha256Hex([unused_suppression_default.id, source.file, anchorDoc?.name ?? "", key, `${directive.scope}:${ruleId ?? directive.ruleIds.join(",")}`].join("\0")).slice(0, 32)
  };
}
function compareReported(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
var SUPPRESSION_SECTION, DIRECTIVE, RULE_ID, DATE;
var init_suppressions = __esm({
  "src/engine/suppressions.ts"() {
    "use strict";
    init_unused_suppression();
    init_compare();
    init_hash();
    init_value_hash();
    SUPPRESSION_SECTION = "inline";
    DIRECTIVE = /^\s*connect-audit-ignore(-file)?(?=$|[\s:,])(.*)$/;
    RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  }
});

// src/model/deployment.ts
function indexWorkers(workers) {
  const index = { byFolder: /* @__PURE__ */ new Map(), ungroupedByFolder: /* @__PURE__ */ new Map(), byGroup: /* @__PURE__ */ new Map() };
  const add = (map, key, worker) => {
    const list = map.get(key);
    if (list) list.push(worker);
    else map.set(key, [worker]);
  };
  for (const worker of workers) {
    const folder = dirname4(worker.file);
    add(index.byFolder, folder, worker);
    if (worker.group === void 0) {
      add(index.ungroupedByFolder, folder, worker);
      continue;
    }
    let byShared = index.byGroup.get(worker.group);
    if (!byShared) index.byGroup.set(worker.group, byShared = /* @__PURE__ */ new Map());
    const segments = folderSegments(folder);
    for (let depth = 0; depth <= segments.length; depth++) add(byShared, prefixKey(segments, depth), worker);
  }
  return index;
}
function folderSegments(folder) {
  return folder === "" ? [] : folder.split("/");
}
function prefixKey(segments, depth) {
  return `${depth}\0${segments.slice(0, depth).join("/")}`;
}
function dirname4(file) {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}
var Deployment;
var init_deployment = __esm({
  "src/model/deployment.ts"() {
    "use strict";
    Deployment = class {
      documents;
      /** Built on first use: every connector asks, so a scan must not compare each one with every worker. */
      #workerIndex;
      constructor(documents) {
        this.documents = documents;
      }
      withRole(role) {
        return this.documents.filter((doc) => doc.hasRole(role));
      }
      /**
       * The workers that would run `connector`: those of its group nearest in the folder tree
       * (names such as `my-connect-cluster` repeat across unrelated projects), else the
       * workers of the nearest folder at or above it.
       */
      workersFor(connector) {
        const index = this.#workerIndex ??= indexWorkers(this.withRole("worker"));
        const folder = dirname4(connector.file);
        if (connector.group !== void 0) {
          const byShared = index.byGroup.get(connector.group);
          if (byShared) {
            const segments = folderSegments(folder);
            for (let depth = segments.length; depth >= 0; depth--) {
              const found = byShared.get(prefixKey(segments, depth));
              if (found) return [...found];
            }
          }
        }
        const byFolder = connector.group !== void 0 ? index.ungroupedByFolder : index.byFolder;
        for (let ancestor = folder; ; ancestor = dirname4(ancestor)) {
          const found = byFolder.get(ancestor);
          if (found) return [...found];
          if (ancestor === "") return [];
        }
      }
    };
  }
});

// src/threat-model/snapshot.ts
function policyToSnapshot(policy) {
  const json = JSON.stringify(policy, function(key, value) {
    if (value === void 0) return { $undefined: true };
    if (value instanceof RegExp) return { $regex: value.source, flags: value.flags };
    if (isGlob(value)) return { $glob: value.source };
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") throw new Error(`cannot snapshot ${key}: a ${typeof value}`);
    if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) {
      throw new Error(`cannot snapshot ${key}: a ${value.constructor?.name ?? "non-plain object"}`);
    }
    return value;
  });
  return { sha256: policy.sha256, json };
}
function policyFromSnapshot(snapshot, path) {
  const policy = revive(JSON.parse(snapshot.json));
  return { ...policy, path };
}
function revive(value) {
  if (value === null || typeof value !== "object") return value;
  const record = value;
  if (!Array.isArray(value)) {
    if (record.$undefined === true) return void 0;
    if (typeof record.$regex === "string") return new RegExp(record.$regex, String(record.flags ?? ""));
    if (typeof record.$glob === "string") return compileGlob(record.$glob);
  }
  for (const key of Object.keys(record)) record[key] = revive(record[key]);
  return value;
}
function isGlob(value) {
  return value !== null && typeof value === "object" && typeof value.matches === "function" && typeof value.source === "string";
}
var init_snapshot = __esm({
  "src/threat-model/snapshot.ts"() {
    "use strict";
    init_glob();
  }
});

// src/parse/yaml-lib.ts
function withoutYamlDebugOutput(parse) {
  const saved = DEBUG_VARIABLES.filter((name) => name in process.env).map((name) => [name, process.env[name]]);
  if (saved.length === 0) return parse();
  for (const [name] of saved) delete process.env[name];
  try {
    return parse();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}
function isAlias(node) {
  return yamlLib().isAlias(node);
}
function isMap(node) {
  return yamlLib().isMap(node);
}
function isSeq(node) {
  return yamlLib().isSeq(node);
}
function isScalar(node) {
  return yamlLib().isScalar(node);
}
var yamlLib, DEBUG_VARIABLES;
var init_yaml_lib = __esm({
  "src/parse/yaml-lib.ts"() {
    "use strict";
    init_beside();
    yamlLib = lazyBeside(true ? "./yaml.cjs" : void 0, "yaml");
    DEBUG_VARIABLES = ["LOG_TOKENS", "LOG_STREAM"];
  }
});

// src/threat-model/markdown.ts
function mentionsPolicyBlock(markdown) {
  const scan2 = scanMarkdown(markdown);
  return !scan2.ok || scan2.blocks.length > 0;
}
function scanMarkdown(markdown) {
  const lines = splitLines(markdown);
  const blocks = [];
  let heading;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fence = openingFence(line);
    if (fence) {
      if (fence.nearMiss) {
        return problem(index + 1, fence.infoColumn, `the code block is marked "${fence.info}", which is not read as policy; a policy block is marked exactly \`\`\`yaml threat-model`);
      }
      let end = index + 1;
      let swallowed;
      let firstInside;
      for (; end < lines.length; end++) {
        const inner = lines[end];
        if (isClosingFence(inner, fence.marker)) break;
        const nested = openingFence(inner);
        const couldClose = nested !== void 0 && nested.marker[0] === fence.marker[0] && nested.marker.length >= fence.marker.length;
        if (nested && (nested.isPolicy || nested.nearMiss)) {
          firstInside ??= end;
          if ((couldClose || fence.isPolicy) && swallowed === void 0) swallowed = end;
        }
      }
      const closed = end < lines.length;
      if (!closed) swallowed ??= firstInside;
      if (fence.isPolicy) {
        if (swallowed !== void 0) {
          return problem(index + 1, fence.column, `the yaml threat-model block opened here is not closed before the next one at line ${swallowed + 1}`);
        }
        if (!closed) return problem(index + 1, fence.column, `unclosed yaml threat-model block: no closing ${fence.marker} before the end of the file`);
        blocks.push({ heading, fenceLine: index + 1, fenceColumn: fence.column, text: lines.slice(index + 1, end).join("\n"), firstLine: index + 2 });
      } else if (swallowed !== void 0) {
        return problem(
          index + 1,
          fence.column,
          `this code block is not closed before line ${swallowed + 1}, so the yaml threat-model block there is read as part of it; close it with ${fence.marker}`
        );
      }
      index = end;
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      const level2 = atx[1].length;
      const title = withoutClosingHashes(atx[2] ?? "").trim();
      const id = SECTION_ID.exec(title);
      if (id) heading = { sectionId: `\xA7${id[1]}`, title, level: level2, line: index + 1 };
      else if (!heading || heading.sectionId === void 0 || level2 <= heading.level) heading = { sectionId: void 0, title, level: level2, line: index + 1 };
    }
  }
  return { ok: true, blocks };
}
function withoutClosingHashes(text) {
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === text.length) return text;
  if (end === 0) return "";
  return text[end - 1] === " " || text[end - 1] === "	" ? text.slice(0, end) : text;
}
function problem(line, column, message) {
  return { ok: false, problem: { line, column, message } };
}
function splitLines(markdown) {
  const text = markdown.startsWith("\uFEFF") ? markdown.slice(1) : markdown;
  return text.split(/\r\n|\r|\n/);
}
function openingFence(line) {
  const match = FENCE_OPEN.exec(line);
  if (!match) return void 0;
  const [, indent, marker, rest] = match;
  if (marker[0] === "`" && rest.includes("`")) return void 0;
  const info = rest.trim();
  const infoColumn = indent.length + marker.length + (rest.length - rest.trimStart().length) + 1;
  const isPolicy = POLICY_INFO.test(info);
  const nearMiss = !isPolicy && info.split(/\s+/).some((word) => word.toLowerCase().replace(/[-_]/g, "") === "threatmodel");
  return { marker, column: indent.length + 1, info, infoColumn, isPolicy, nearMiss };
}
function isClosingFence(line, marker) {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1][0] === marker[0] && match[1].length >= marker.length;
}
var FENCE_OPEN, ATX_HEADING, POLICY_INFO, SECTION_ID;
var init_markdown = __esm({
  "src/threat-model/markdown.ts"() {
    "use strict";
    FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
    ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
    POLICY_INFO = /^yaml[ \t]+threat-model$/;
    SECTION_ID = /^\u00a7(\d+[a-z]?(?:\.\d+)*)(?![\w])/;
  }
});

// src/threat-model/suggest.ts
function suggest(word, candidates, synonyms = {}) {
  const wanted = word.trim().toLowerCase();
  if (wanted === "") return void 0;
  const exact = candidates.find((candidate) => candidate.toLowerCase() === wanted);
  if (exact) return exact;
  const normalised = normalise(wanted);
  const sameLetters = candidates.find((candidate) => normalise(candidate) === normalised);
  if (sameLetters) return sameLetters;
  const synonym = synonyms[wanted] ?? synonyms[normalised];
  if (synonym && candidates.includes(synonym)) return synonym;
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== void 0 && bestDistance <= Math.max(1, Math.floor(Math.max(wanted.length, best.length) / 4))) return best;
  if (wanted.length >= 3) {
    const prefixed = candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted));
    if (prefixed.length === 1) return prefixed[0];
  }
  return void 0;
}
function didYouMean(word, candidates, synonyms) {
  const hit = suggest(word, candidates, synonyms);
  return hit === void 0 || hit === word ? "" : ` (did you mean ${hit}?)`;
}
function normalise(word) {
  return word.toLowerCase().replace(/[-_\s]/g, "");
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}
var init_suggest = __esm({
  "src/threat-model/suggest.ts"() {
    "use strict";
  }
});

// src/threat-model/load.ts
var load_exports = {};
__export(load_exports, {
  POLICY_BLOCK_OPTIONS: () => POLICY_BLOCK_OPTIONS,
  PolicyError: () => PolicyError,
  hasPolicyBlocks: () => hasPolicyBlocks,
  loadPolicy: () => loadPolicy
});
function hasPolicyBlocks(markdown) {
  return mentionsPolicyBlock(markdown);
}
function loadPolicy(markdown, path) {
  const scan2 = scanMarkdown(markdown);
  if (!scan2.ok) throw new PolicyError(path, scan2.problem.line, scan2.problem.column, scan2.problem.message);
  if (scan2.blocks.length === 0) {
    throw new PolicyError(path, 1, 1, "no ```yaml threat-model policy blocks: a threat model carries its policy in such blocks under \xA73, \xA75, \xA77 and \xA711a");
  }
  const state = new PolicyBuilder(path);
  for (const block of scan2.blocks) {
    const heading = block.heading;
    if (heading === void 0) {
      throw new PolicyError(path, block.fenceLine, block.fenceColumn, `a yaml threat-model block before the first \xA7 section heading (${WHERE_POLICY_GOES})`);
    }
    if (heading.sectionId === void 0) {
      throw new PolicyError(
        path,
        block.fenceLine,
        block.fenceColumn,
        `a yaml threat-model block under "${heading.title}" (line ${heading.line}), which is not a \xA7 section (${WHERE_POLICY_GOES})`
      );
    }
    const kind = SECTION_KIND[heading.sectionId];
    if (kind === void 0) {
      throw new PolicyError(
        path,
        block.fenceLine,
        block.fenceColumn,
        `a yaml threat-model block under ${heading.sectionId} (line ${heading.line}), which carries no policy (${WHERE_POLICY_GOES})`
      );
    }
    const reader = new BlockReader(block, path);
    state.add(kind, reader);
  }
  return state.build(markdown);
}
function isEmptyValue(node) {
  return isScalar(node) && node.value === null && (node.source === void 0 || node.source === "");
}
function typeOf(node) {
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return isEmptyValue(node) ? "nothing" : "null";
    if (typeof value === "string") return `the string "${value}"`;
    if (typeof value === "number") return `the number ${node.source ?? value}`;
    if (typeof value === "boolean") return `the boolean ${value}`;
  }
  return "something else";
}
var PolicyError, SECTION_KIND, SECTIONS, WHERE_POLICY_GOES, SCOPE_KEYS, SCOPE_ENTRY_KEYS, POSTURE_KEYS, TRUSTED_KEYS, NON_FINDING_KEYS, OPERATORS, OPERATOR_TYPOS, KEY_SYNONYMS, POSTURE_SYNONYMS, ATTACKER_SYNONYMS, PolicyBuilder, POLICY_BLOCK_OPTIONS, BlockReader;
var init_load = __esm({
  "src/threat-model/load.ts"() {
    "use strict";
    init_yaml_lib();
    init_types();
    init_glob();
    init_hash();
    init_markdown();
    init_suggest();
    PolicyError = class extends Error {
      file;
      line;
      column;
      constructor(file, line, column, message) {
        super(message);
        this.name = "PolicyError";
        this.file = file;
        this.line = line;
        this.column = column;
      }
    };
    SECTION_KIND = {
      "\xA73": "scope",
      "\xA75": "postures",
      "\xA77": "trusted",
      "\xA711a": "nonFindings"
    };
    SECTIONS = { scope: "\xA73", postures: "\xA75", trusted: "\xA77", nonFindings: "\xA711a" };
    WHERE_POLICY_GOES = "out_of_scope goes under \xA73, postures under \xA75, trusted under \xA77, known non-findings under \xA711a";
    SCOPE_KEYS = ["out_of_scope"];
    SCOPE_ENTRY_KEYS = ["paths", "reason"];
    POSTURE_KEYS = ["default", ...POSTURES];
    TRUSTED_KEYS = ["trusted"];
    NON_FINDING_KEYS = ["id", "key", "rule", "when", "reason"];
    OPERATORS = ["=", "==", "!=", "<", "<=", ">", ">="];
    OPERATOR_TYPOS = { "=<": "<=", "=>": ">=", "<>": "!=", "=!": "!=", "!": "!=", "===": "=", "!==": "!=" };
    KEY_SYNONYMS = {
      outofscope: "out_of_scope",
      exclude: "out_of_scope",
      excludes: "out_of_scope",
      ignore: "out_of_scope",
      path: "paths",
      globs: "paths",
      glob: "paths",
      why: "reason",
      description: "reason",
      dev: "development",
      prod: "production",
      harden: "hardened",
      hardening: "hardened",
      trust: "trusted",
      trustedpeers: "trusted",
      name: "id",
      ruleid: "rule",
      config: "key",
      configkey: "key",
      if: "when",
      condition: "when",
      value: "when"
    };
    POSTURE_SYNONYMS = { dev: "development", prod: "production", harden: "hardened", hardening: "hardened", strict: "hardened" };
    ATTACKER_SYNONYMS = {
      admin: "operator",
      administrator: "operator",
      operators: "operator",
      broker: "cluster-peer",
      brokers: "cluster-peer",
      controller: "cluster-peer",
      controllers: "cluster-peer",
      quorum: "cluster-peer",
      kraft: "cluster-peer",
      peer: "cluster-peer",
      peers: "cluster-peer",
      worker: "cluster-peer",
      workers: "cluster-peer",
      local: "local-user",
      localuser: "local-user",
      root: "local-user",
      rest: "rest-client",
      network: "network-client",
      anonymous: "network-client",
      client: "authenticated-client",
      principal: "authenticated-client",
      repo: "repo-reader",
      repository: "repo-reader"
    };
    PolicyBuilder = class {
      #path;
      #outOfScope = [];
      #postures = /* @__PURE__ */ new Map();
      #defaultPosture;
      #trusted = /* @__PURE__ */ new Map();
      #nonFindings = /* @__PURE__ */ new Map();
      constructor(path) {
        this.#path = path;
      }
      add(kind, reader) {
        switch (kind) {
          case "scope":
            return this.#scope(reader);
          case "postures":
            return this.#posture(reader);
          case "trusted":
            return this.#trust(reader);
          case "nonFindings":
            return this.#nonFinding(reader);
        }
      }
      #scope(reader) {
        const map = reader.map(reader.root, "the \xA73 block", SCOPE_KEYS);
        const list = reader.required(map, "out_of_scope", reader.root, "the \xA73 block");
        for (const item of reader.seq(list.value, "out_of_scope", list.key, "a list of {paths, reason} entries")) {
          const entry = reader.map(item, "an out_of_scope entry", SCOPE_ENTRY_KEYS);
          const paths = reader.required(entry, "paths", item, "an out_of_scope entry");
          const globs = reader.seq(paths.value, "paths", paths.key, 'a list of globs, e.g. ["**/tests/**"]').map((glob) => reader.glob(glob));
          if (globs.length === 0) reader.fail(paths.value, "paths is empty: name at least one glob");
          this.#outOfScope.push({
            paths: globs,
            reason: reader.text(reader.required(entry, "reason", item, "an out_of_scope entry").value, "reason"),
            source: reader.source(item)
          });
        }
      }
      #posture(reader) {
        const map = reader.map(reader.root, "the \xA75 block", POSTURE_KEYS);
        if (map.size === 0) reader.fail(reader.root, `the \xA75 block is empty (expected: ${POSTURE_KEYS.join(", ")})`);
        const fallback = map.get("default");
        if (fallback) {
          if (this.#defaultPosture) {
            const first = this.#defaultPosture.source;
            reader.fail(fallback.key, `the default posture is already set at line ${first.line}`);
          }
          this.#defaultPosture = { posture: reader.posture(fallback.value), source: reader.source(fallback.key) };
        }
        for (const posture of POSTURES) {
          const list = map.get(posture);
          if (!list) continue;
          const globs = reader.seq(list.value, posture, list.key, `a list of globs, e.g. ["**/${posture}/**"]`).map((glob) => reader.glob(glob));
          this.#postures.set(posture, [...this.#postures.get(posture) ?? [], ...globs]);
        }
      }
      #trust(reader) {
        const map = reader.map(reader.root, "the \xA77 block", TRUSTED_KEYS);
        const list = reader.required(map, "trusted", reader.root, "the \xA77 block");
        for (const item of reader.seq(list.value, "trusted", list.key, `a list of attackers, e.g. [operator, cluster-peer]`)) {
          const attacker = reader.attacker(item);
          const earlier = this.#trusted.get(attacker);
          if (earlier) reader.fail(item, `${attacker} is already trusted at line ${earlier.line}`);
          this.#trusted.set(attacker, reader.source(item));
        }
      }
      #nonFinding(reader) {
        const items = reader.seq(reader.root, "the \xA711a block", reader.root, "a list of {id, key, rule, when, reason} entries");
        for (const item of items) {
          const entry = reader.map(item, "a known non-finding", NON_FINDING_KEYS);
          const idNode = reader.required(entry, "id", item, "a known non-finding").value;
          const id = reader.identifier(idNode);
          const earlier = this.#nonFindings.get(id);
          if (earlier) reader.fail(idNode, `duplicate known non-finding id "${id}" (first used at line ${earlier.source.line})`);
          const rule2 = reader.optional(entry.get("rule")?.value, (node) => reader.ruleId(node));
          const key = reader.optional(entry.get("key")?.value, (node) => reader.configKey(node));
          if (rule2 === void 0 && key === void 0) reader.fail(item, `known non-finding "${id}" names neither a rule nor a key`);
          const when = reader.optional(entry.get("when")?.value, (node) => reader.condition(node));
          this.#nonFindings.set(id, {
            id,
            rule: rule2,
            key,
            when,
            reason: reader.text(reader.required(entry, "reason", item, "a known non-finding").value, "reason"),
            source: reader.source(item)
          });
        }
      }
      build(markdown) {
        const postures = [];
        for (const posture of POSTURES) {
          const globs = this.#postures.get(posture);
          if (globs) postures.push({ posture, globs });
        }
        return {
          path: this.#path,
          sha256: sha256Hex(markdown),
          outOfScope: this.#outOfScope,
          defaultPosture: this.#defaultPosture?.posture ?? "production",
          postures,
          trusted: [...this.#trusted.keys()],
          knownNonFindings: [...this.#nonFindings.values()],
          sections: SECTIONS
        };
      }
    };
    POLICY_BLOCK_OPTIONS = {
      version: "1.2",
      schema: "core",
      merge: false,
      resolveKnownTags: false,
      customTags: null,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      logLevel: "silent"
    };
    BlockReader = class {
      root;
      #block;
      #path;
      /** The key of each mapping value, to report an empty value where it was written. */
      #keyOf = /* @__PURE__ */ new WeakMap();
      constructor(block, path) {
        this.#block = block;
        this.#path = path;
        const directive = /^%/m.exec(block.text);
        if (directive) this.#failAt(directive.index, "YAML directives (%YAML, %TAG) are not allowed in a policy block");
        const list = withoutYamlDebugOutput(() => [...yamlLib().parseAllDocuments(block.text, POLICY_BLOCK_OPTIONS)]);
        const document = list[0];
        for (const doc of list) {
          const problem2 = doc.errors[0];
          if (problem2) this.#failAt(problem2.pos[0], `invalid YAML: ${problem2.message.split("\n")[0]}`);
        }
        if (list.length > 1) this.#failAt(list[1].range[0], "a policy block holds one YAML document; write one block per document");
        if (!document || document.contents === null) {
          throw new PolicyError(path, block.fenceLine, block.fenceColumn, "empty yaml threat-model block: it holds no YAML, only comments or blank lines");
        }
        this.#refuseTagsAndAliases(document);
        const warning = document.warnings[0];
        if (warning) this.#failAt(warning.pos[0], `invalid YAML: ${warning.message.split("\n")[0]}`);
        this.root = document.contents;
      }
      #refuseTagsAndAliases(document) {
        yamlLib().visit(document, {
          Node: (_key, node) => {
            if (isAlias(node)) this.fail(node, `YAML aliases (*${node.source}) are not allowed in a policy block: write the value out`);
            const anchor = node.anchor;
            if (anchor) this.#failAt(this.#propertyOffset(node, "&"), `YAML anchors (&${anchor}) and aliases are not allowed in a policy block: write the value out`);
            const tag = node.tag;
            if (tag) this.#failAt(this.#propertyOffset(node, "!"), `YAML tags (${tag.replace(/^tag:yaml\.org,2002:/, "!!")}) are not allowed in a policy block`);
            return void 0;
          }
        });
      }
      /** Where a node's `&anchor` or `!tag` was written: one of the two words before the node. */
      #propertyOffset(node, sigil) {
        const text = this.#block.text;
        let end = node.range?.[0] ?? 0;
        const separator = /[\s[\]{},]/;
        for (let word = 0; word < 2; word++) {
          while (end > 0 && /\s/.test(text[end - 1])) end--;
          let start = end;
          while (start > 0 && !separator.test(text[start - 1])) start--;
          if (text[start] === sigil) return start;
          end = start;
        }
        return node.range?.[0] ?? 0;
      }
      source(node) {
        return this.#position(node.range?.[0] ?? 0);
      }
      /** 1-based file line and column of an offset in the block (the block's lines are the file's). */
      #position(offset) {
        const before = this.#block.text.slice(0, Math.max(0, offset));
        const lineIndex = before.split("\n").length - 1;
        const column = offset - (before.lastIndexOf("\n") + 1) + 1;
        return { line: this.#block.firstLine + lineIndex, column };
      }
      #failAt(offset, message) {
        const { line, column } = this.#position(offset);
        throw new PolicyError(this.#path, line, column, message);
      }
      /** Fails at the node; a value left empty (`key:`) is reported at its key. */
      fail(node, message) {
        const at = isEmptyValue(node) ? this.#keyOf.get(node) ?? node : node;
        this.#failAt(at.range?.[0] ?? 0, message);
      }
      map(node, what, allowed) {
        if (!isMap(node)) this.fail(node, `${what} must be a mapping of ${allowed.join(", ")}, not ${typeOf(node)}`);
        const out = /* @__PURE__ */ new Map();
        for (const pair of node.items) {
          const keyNode = pair.key;
          if (!keyNode || !isScalar(keyNode) || typeof keyNode.value !== "string") {
            this.fail(keyNode ?? node, `keys in ${what} must be plain words (expected one of: ${allowed.join(", ")})`);
          }
          const key = keyNode.value;
          if (!allowed.includes(key)) {
            this.fail(keyNode, `unknown key "${key}" in ${what}${didYouMean(key, allowed, KEY_SYNONYMS)} (expected one of: ${allowed.join(", ")})`);
          }
          const value = pair.value;
          if (!value) this.fail(keyNode, `"${key}" has no value`);
          this.#keyOf.set(value, keyNode);
          out.set(key, { key: keyNode, value });
        }
        return out;
      }
      seq(node, what, at, expected) {
        if (!isSeq(node)) this.fail(isEmptyValue(node) ? at : node, `${what} must be ${expected}, not ${typeOf(node)}`);
        return node.items;
      }
      required(map, key, owner, what) {
        const entry = map.get(key);
        if (!entry) this.fail(owner, `${what} is missing "${key}"`);
        return entry;
      }
      optional(node, read2) {
        if (!node || isScalar(node) && node.value === null) return void 0;
        return read2(node);
      }
      text(node, what) {
        if (!isScalar(node) || typeof node.value !== "string") this.fail(node, `${what} must be a string, not ${typeOf(node)}`);
        if (node.value.trim() === "") this.fail(node, `${what} is empty`);
        return node.value;
      }
      identifier(node) {
        const id = this.text(node, "id");
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) this.fail(node, `id "${id}" must be letters, digits, ".", "_" and "-" (it appears in reports as \xA711a:${id})`);
        return id;
      }
      ruleId(node) {
        const rule2 = this.text(node, "rule");
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule2)) this.fail(node, `rule "${rule2}" is not a rule id: rule ids are kebab-case, e.g. plaintext-listener`);
        return rule2;
      }
      configKey(node) {
        const key = this.text(node, "key");
        const bad = /[\s=]/.exec(key);
        if (bad) {
          const hint = bad[0] === "=" ? '; to match a value, use "when"' : "";
          this.fail(node, `key "${key}" is not a config key: it contains ${bad[0] === "=" ? '"="' : "whitespace"}${hint}`);
        }
        if (/\*\*/.test(key)) this.fail(node, `key "${key}": "*" already matches any run of characters; "**" is not needed`);
        return key;
      }
      glob(node) {
        const text = this.text(node, "a path glob");
        const at = (index) => this.#failAt(this.#offsetInScalar(node, index), this.#globProblem(text, index));
        if (text.startsWith("!")) at(0);
        const backslash = text.indexOf("\\");
        if (backslash !== -1) at(backslash);
        const parent = /(^|\/)\.\.(\/|$)/.exec(text);
        if (parent) at(parent.index + parent[1].length);
        const empty = /[^/]\/\/+/.exec(text);
        if (empty) at(empty.index + 1);
        try {
          return compileGlob(text);
        } catch (error) {
          if (error instanceof GlobSyntaxError) this.#failAt(this.#offsetInScalar(node, error.column - 1), `bad glob: ${error.message}`);
          throw error;
        }
      }
      #globProblem(text, index) {
        const ch = text[index];
        if (ch === "!") return `bad glob "${text}": negated globs (!\u2026) are not supported; list the paths that are out of scope instead`;
        if (ch === "\\") return `bad glob "${text}": use "/" as the path separator (globs name paths relative to the scan root)`;
        if (ch === ".") return `bad glob "${text}": ".." never matches: globs name paths inside the scan root`;
        return `bad glob "${text}": empty path segment ("//")`;
      }
      /** The offset in the block of character `index` of a scalar's value, where the source allows it. */
      #offsetInScalar(node, index) {
        const start = node.range?.[0] ?? 0;
        const scalar = node;
        const raw = this.#block.text.slice(start, node.range?.[1] ?? start);
        const value = String(scalar.value);
        if (raw.startsWith(value)) return start + index;
        if ((raw.startsWith('"') || raw.startsWith("'")) && raw.slice(1).startsWith(value)) return start + 1 + index;
        return start;
      }
      posture(node) {
        const text = this.text(node, "the default posture");
        if (!POSTURES.includes(text)) {
          this.fail(node, `unknown posture "${text}"${didYouMean(text, POSTURES, POSTURE_SYNONYMS)} (postures, least strict first: ${POSTURES.join(" < ")})`);
        }
        return text;
      }
      attacker(node) {
        const text = this.text(node, "an attacker");
        if (!ATTACKERS.includes(text)) {
          this.fail(node, `unknown attacker "${text}"${didYouMean(text, ATTACKERS, ATTACKER_SYNONYMS)} (expected one of: ${ATTACKERS.join(", ")})`);
        }
        return text;
      }
      condition(node) {
        if (isScalar(node) && (typeof node.value === "number" || typeof node.value === "boolean")) {
          const text2 = typeof node.source === "string" && node.source !== "" ? node.source : String(node.value);
          return { kind: "compare", operator: "=", operand: text2, text: `= ${text2}` };
        }
        const text = this.text(node, '"when"').trim();
        if (text.startsWith("/")) {
          const regex = /^\/(.*)\/([A-Za-z]*)$/s.exec(text);
          if (!regex) this.fail(node, `bad "when" regular expression ${text}: write it as /pattern/ with optional flags i, m, s, u`);
          const [, pattern, flags] = regex;
          const badFlag = /[^imsu]/.exec(flags);
          if (badFlag) {
            const why = badFlag[0] === "g" || badFlag[0] === "y" ? " (it makes matching depend on earlier matches)" : "";
            this.fail(node, `bad "when" regular expression ${text}: flag "${badFlag[0]}" is not allowed${why}; use i, m, s or u`);
          }
          if (pattern === "") this.fail(node, 'bad "when" regular expression //: it matches every value; leave "when" out instead');
          try {
            return { kind: "regex", regex: new RegExp(pattern, flags), text };
          } catch (error) {
            this.fail(node, `bad "when" regular expression ${text}: ${error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "")}`);
          }
        }
        const comparison = /^([<>=!]+)\s*(.*)$/s.exec(text);
        if (!comparison) {
          this.fail(node, `bad "when" condition "${text}" (did you mean "= ${text}"?): write "= v", "!= v", "< n", "<= n", "> n", ">= n" or /regex/`);
        }
        if (!OPERATORS.includes(comparison[1])) {
          const hint = OPERATOR_TYPOS[comparison[1]];
          this.fail(node, `bad "when" condition "${text}": "${comparison[1]}" is not an operator${hint ? ` (did you mean ${hint}?)` : ""}; use =, !=, <, <=, > or >=`);
        }
        const operator = comparison[1] === "==" ? "=" : comparison[1];
        const operand = comparison[2].trim();
        if (operand === "") this.fail(node, `bad "when" condition "${text}": nothing to compare with after "${comparison[1]}"`);
        if (operator !== "=" && operator !== "!=" && !/^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(operand)) {
          this.fail(node, `bad "when" condition "${text}": "${operator}" compares numbers, and "${operand}" is not a number`);
        }
        return { kind: "compare", operator, operand, text };
      }
    };
  }
});

// src/scan/policy-cache.ts
function loadPolicyCached(text, path, location3, env = process.env) {
  return cachedPolicy(text, path, location3, env) ?? loadAndCachePolicy(text, path, location3, env);
}
function cachedPolicy(text, path, location3, env = process.env) {
  const entry = entryOf(location3, env);
  const cached2 = entry && readCacheEntry(entry.directory, entry.name);
  if (cached2 === void 0) return void 0;
  try {
    const parsed = JSON.parse(cached2.toString("utf8"));
    return parsed.text === text ? policyFromSnapshot(parsed.snapshot, path) : void 0;
  } catch {
    return void 0;
  }
}
function loadAndCachePolicy(text, path, location3, env = process.env) {
  noteUnusualRun();
  const policy = loadPolicy(text, path);
  const entry = entryOf(location3, env);
  if (entry) writeCacheEntry(entry.directory, entry.name, JSON.stringify({ text, snapshot: policyToSnapshot(policy) }));
  return policy;
}
function entryOf(location3, env) {
  const build = true ? "67815772386922b8" : void 0;
  const directory = build === void 0 ? void 0 : usableCacheDirectory(env);
  if (directory === void 0) return void 0;
  return { directory, name: `policy-${sha256Hex(`${build}\0${location3}`).slice(0, 32)}.json` };
}
var init_policy_cache = __esm({
  "src/scan/policy-cache.ts"() {
    "use strict";
    init_load();
    init_snapshot();
    init_cache();
    init_hash();
    init_code_paths();
  }
});

// src/scan/threat-model-lookup.ts
var threat_model_lookup_exports = {};
__export(threat_model_lookup_exports, {
  BUILTIN_THREAT_MODEL: () => BUILTIN_THREAT_MODEL,
  builtinPolicy: () => builtinPolicy,
  lookupPolicy: () => lookupPolicy
});
function lookupPolicy(explicit, root, cwd, notices = []) {
  noteCodePath("threat-model:file");
  if (explicit !== void 0) {
    const text = (0, import_node_fs5.readFileSync)(explicit, "utf8");
    return loadPolicyCached(text, toPosix((0, import_node_path5.relative)(cwd, explicit)) || explicit, (0, import_node_path5.resolve)(cwd, explicit));
  }
  const candidate = (0, import_node_path5.join)(root, "THREAT_MODEL.md");
  if ((0, import_node_fs5.existsSync)(candidate)) {
    const read2 = readRootFile(candidate, root, MAX_THREAT_MODEL_BYTES);
    const display = toPosix((0, import_node_path5.relative)(cwd, candidate)) || candidate;
    if ("refused" in read2 && read2.unreadable) throw new PolicyError(display, 1, 1, `the threat model cannot be read: ${read2.refused}`);
    if ("refused" in read2) notices.push({ path: display, message: `not read (${read2.refused}); the built-in threat model applies` });
    else {
      const policy = cachedPolicy(read2.text, display, candidate) ?? (hasPolicyBlocks(read2.text) ? loadAndCachePolicy(read2.text, display, candidate) : void 0);
      if (policy) return policy;
    }
  }
  return builtinPolicy();
}
function builtinPolicy() {
  builtin ??= precompiledBuiltinPolicy() ?? loadPolicy(builtinThreatModelText(), BUILTIN_THREAT_MODEL);
  return builtin;
}
var import_node_fs5, import_node_path5, MAX_THREAT_MODEL_BYTES, builtin;
var init_threat_model_lookup = __esm({
  "src/scan/threat-model-lookup.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_walk();
    import_node_path5 = require("node:path");
    init_load();
    init_paths();
    init_policy_cache();
    init_code_paths();
    init_builtin_policy();
    MAX_THREAT_MODEL_BYTES = 4 * 1024 * 1024;
  }
});

// src/scan/builtin-policy.ts
function builtinThreatModelText() {
  return (0, import_node_fs6.readFileSync)((0, import_node_path6.join)(packageInfo().root, "THREAT_MODEL.md"), "utf8");
}
function precompiledBuiltinPolicy() {
  if (precompiled === void 0) {
    precompiled = null;
    try {
      const embedded = true ? `{"sha256":"1a542400ac7bab62aced4b90e92e6a0ed0a437e26d07aec408ee55acfc271eaf","json":"{\\"path\\":\\"<built-in>\\",\\"sha256\\":\\"1a542400ac7bab62aced4b90e92e6a0ed0a437e26d07aec408ee55acfc271eaf\\",\\"outOfScope\\":[{\\"paths\\":[{\\"$glob\\":\\"**/src/test/**\\"},{\\"$glob\\":\\"**/src/it/**\\"},{\\"$glob\\":\\"**/src/integrationTest/**\\"},{\\"$glob\\":\\"**/src/testFixtures/**\\"}],\\"reason\\":\\"test sources of a Maven or Gradle build configure throwaway test clusters, never a deployment\\",\\"source\\":{\\"line\\":109,\\"column\\":5}},{\\"paths\\":[{\\"$glob\\":\\"**/tests/**\\"},{\\"$glob\\":\\"**/__tests__/**\\"},{\\"$glob\\":\\"**/e2e/**\\"},{\\"$glob\\":\\"**/systemtest/**\\"},{\\"$glob\\":\\"**/testsuite/**\\"},{\\"$glob\\":\\"**/testdata/**\\"},{\\"$glob\\":\\"**/test-data/**\\"},{\\"$glob\\":\\"**/test/fixtures/**\\"}],\\"reason\\":\\"test suites and their fixtures exercise Kafka; they do not run it (Kafka threat model \xA73: tests and test fixtures are out of scope)\\",\\"source\\":{\\"line\\":115,\\"column\\":5}},{\\"paths\\":[{\\"$glob\\":\\"**/trogdor/**\\"}],\\"reason\\":\\"Trogdor is Kafka's fault-injection test framework, out of scope in Kafka's own threat model (PR #22431 \xA73)\\",\\"source\\":{\\"line\\":125,\\"column\\":5}}],\\"defaultPosture\\":\\"production\\",\\"postures\\":[{\\"posture\\":\\"development\\",\\"globs\\":[{\\"$glob\\":\\"**/dev/**\\"},{\\"$glob\\":\\"**/development/**\\"},{\\"$glob\\":\\"**/local/**\\"},{\\"$glob\\":\\"**/sandbox/**\\"},{\\"$glob\\":\\"**/playground/**\\"},{\\"$glob\\":\\"**/demo/**\\"},{\\"$glob\\":\\"**/demos/**\\"},{\\"$glob\\":\\"**/.devcontainer/**\\"},{\\"$glob\\":\\"**/*quickstart*\\"},{\\"$glob\\":\\"**/*{-,_,.}{dev,local}.*\\"},{\\"$glob\\":\\"**/docker-compose*.y*ml\\"},{\\"$glob\\":\\"**/compose*.y*ml\\"}]},{\\"posture\\":\\"production\\",\\"globs\\":[{\\"$glob\\":\\"**/prod/**\\"},{\\"$glob\\":\\"**/production/**\\"},{\\"$glob\\":\\"**/prd/**\\"},{\\"$glob\\":\\"**/staging/**\\"},{\\"$glob\\":\\"**/preprod/**\\"},{\\"$glob\\":\\"**/*{-,_,.}{prod,production}.*\\"},{\\"$glob\\":\\"**/usr/local/**\\"}]},{\\"posture\\":\\"hardened\\",\\"globs\\":[{\\"$glob\\":\\"**/hardened/**\\"},{\\"$glob\\":\\"**/*-hardened/**\\"},{\\"$glob\\":\\"**/*{-,_,.}hardened.*\\"},{\\"$glob\\":\\"**/pci/**\\"},{\\"$glob\\":\\"**/pci-dss/**\\"},{\\"$glob\\":\\"**/hipaa/**\\"}]}],\\"trusted\\":[\\"operator\\",\\"cluster-peer\\",\\"local-user\\"],\\"knownNonFindings\\":[{\\"id\\":\\"sasl-receive-size-default\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"sasl.server.max.receive.size\\",\\"when\\":{\\"kind\\":\\"compare\\",\\"operator\\":\\"<=\\",\\"operand\\":\\"524288\\",\\"text\\":\\"<= 524288\\"},\\"reason\\":\\"the default 512 KiB pre-authentication SASL buffer (or less) is a known non-finding of the Kafka maintainers (PR #22431 review); raising it is a finding\\",\\"source\\":{\\"line\\":519,\\"column\\":3}},{\\"id\\":\\"pre-auth-idle-timeout-default\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"connections.max.idle.ms\\",\\"when\\":{\\"kind\\":\\"regex\\",\\"regex\\":{\\"$regex\\":\\"^\\\\\\\\s*(?:[0-5]?\\\\\\\\d{1,5}|600000)\\\\\\\\s*$\\",\\"flags\\":\\"\\"},\\"text\\":\\"/^\\\\\\\\s*(?:[0-5]?\\\\\\\\d{1,5}|600000)\\\\\\\\s*$/\\"},\\"reason\\":\\"Kafka applies connections.max.idle.ms to unauthenticated connections too; the 10-minute default (or less) is a known non-finding of the Kafka maintainers (PR #22431 review)\\",\\"source\\":{\\"line\\":523,\\"column\\":3}},{\\"id\\":\\"provider-allowed-paths-symlinks\\",\\"rule\\":\\"connect-file-provider-symlinks\\",\\"key\\":{\\"$undefined\\":true},\\"when\\":{\\"$undefined\\":true},\\"reason\\":\\"escaping a FileConfigProvider/DirectoryConfigProvider allowed path through a symlink needs local disk access on the worker, which the Kafka maintainers do not consider a security issue (PR #22431 review; hardened by KAFKA-20700)\\",\\"source\\":{\\"line\\":528,\\"column\\":3}},{\\"id\\":\\"kafka-20450-offsets-file\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"offset.storage.file.filename\\",\\"when\\":{\\"$undefined\\":true},\\"reason\\":\\"deserialising the standalone offsets file (KAFKA-20450) needs write access to the worker's disk; the Kafka maintainers do not consider it a security issue\\",\\"source\\":{\\"line\\":531,\\"column\\":3}},{\\"id\\":\\"request-size-default\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"socket.request.max.bytes\\",\\"when\\":{\\"kind\\":\\"compare\\",\\"operator\\":\\"<=\\",\\"operand\\":\\"104857600\\",\\"text\\":\\"<= 104857600\\"},\\"reason\\":\\"100 MiB is the request-size bound the Kafka maintainers give as Kafka's DoS protection (PR #22431 review); raising it is a finding\\",\\"source\\":{\\"line\\":534,\\"column\\":3}},{\\"id\\":\\"queued-requests-default\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"queued.max.requests\\",\\"when\\":{\\"kind\\":\\"compare\\",\\"operator\\":\\"<=\\",\\"operand\\":\\"500\\",\\"text\\":\\"<= 500\\"},\\"reason\\":\\"500 queued requests is the bound the Kafka maintainers give as Kafka's DoS protection (PR #22431 review); raising it is a finding\\",\\"source\\":{\\"line\\":538,\\"column\\":3}},{\\"id\\":\\"failed-auth-delay-default\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"connection.failed.authentication.delay.ms\\",\\"when\\":{\\"kind\\":\\"compare\\",\\"operator\\":\\">=\\",\\"operand\\":\\"100\\",\\"text\\":\\">= 100\\"},\\"reason\\":\\"a delay of at least the 100 ms default before closing a failed authentication is the brute-force bound the Kafka maintainers give (PR #22431 review); lowering it is a finding\\",\\"source\\":{\\"line\\":542,\\"column\\":3}},{\\"id\\":\\"file-connectors-disk-access\\",\\"rule\\":{\\"$undefined\\":true},\\"key\\":\\"connector.class\\",\\"when\\":{\\"kind\\":\\"regex\\",\\"regex\\":{\\"$regex\\":\\"^\\\\\\\\s*(?:org\\\\\\\\.apache\\\\\\\\.kafka\\\\\\\\.connect\\\\\\\\.file\\\\\\\\.)?FileStream(?:Source|Sink)(?:Connector)?\\\\\\\\s*$\\",\\"flags\\":\\"\\"},\\"text\\":\\"/^\\\\\\\\s*(?:org\\\\\\\\.apache\\\\\\\\.kafka\\\\\\\\.connect\\\\\\\\.file\\\\\\\\.)?FileStream(?:Source|Sink)(?:Connector)?\\\\\\\\s*$/\\"},\\"reason\\":\\"file connectors granting disk access is intended function, a known non-finding of Kafka's Connect security model; who may create connectors is the finding\\",\\"source\\":{\\"line\\":546,\\"column\\":3}}],\\"sections\\":{\\"scope\\":\\"\xA73\\",\\"postures\\":\\"\xA75\\",\\"trusted\\":\\"\xA77\\",\\"nonFindings\\":\\"\xA711a\\"}}"}` : void 0;
      const snapshot = JSON.parse(embedded ?? (0, import_node_fs6.readFileSync)(PRECOMPILED, "utf8"));
      if (embedded !== void 0 || snapshot.sha256 === sha256Hex(builtinThreatModelText())) precompiled = policyFromSnapshot(snapshot, BUILTIN_THREAT_MODEL);
    } catch {
    }
  }
  return precompiled ?? void 0;
}
async function resolvePolicy(explicit, root, cwd, notices) {
  if (explicit === void 0 && !(0, import_node_fs6.existsSync)((0, import_node_path6.join)(root, "THREAT_MODEL.md"))) {
    const policy = precompiledBuiltinPolicy();
    if (policy) return policy;
  }
  return (await Promise.resolve().then(() => (init_threat_model_lookup(), threat_model_lookup_exports))).lookupPolicy(explicit, root, cwd, notices);
}
var import_node_fs6, import_node_path6, BUILTIN_THREAT_MODEL, PRECOMPILED, precompiled;
var init_builtin_policy = __esm({
  "src/scan/builtin-policy.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path6 = require("node:path");
    init_snapshot();
    init_hash();
    init_package_root();
    BUILTIN_THREAT_MODEL = "<built-in>";
    PRECOMPILED = new URL("./builtin-policy.json", __connectAuditBundleUrl);
  }
});

// src/model/location.ts
function joinSpans(start, end) {
  return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}
var FILE_START;
var init_location = __esm({
  "src/model/location.ts"() {
    "use strict";
    FILE_START = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
});

// src/engine/run-rules.ts
function ruleAppliesTo(rule2, doc) {
  const roles = rule2.appliesTo ?? [rule2.component];
  return roles.some((role) => doc.hasRole(role));
}
function runRule(rule2, doc, kafkaVersion, deployment, fingerprints = true) {
  const findings = [];
  const failures = [];
  const ctx = deployment ? { deployment, kafkaVersion } : new DeploymentNotKnown(kafkaVersion);
  try {
    for (const raw of rule2.check(doc, ctx)) {
      if (!raw.entry && doc.isFragment) continue;
      findings.push(locate(rule2, doc, raw, fingerprints));
    }
  } catch (error) {
    failures.push({ ruleId: rule2.id, file: doc.file, message: internalErrorKind(error) });
  }
  if (ctx instanceof DeploymentNotKnown && ctx.asked) return void 0;
  return findings.length === 0 && failures.length === 0 ? NOTHING_FOUND : { findings, failures };
}
function internalErrorKind(error) {
  return `internal error (${errorName(error)})`;
}
function sortFindings(findings) {
  return dedupe(findings.sort(compareFindings));
}
function locate(rule2, doc, raw, fingerprints) {
  const span = raw.span ?? raw.entry?.span ?? FILE_START;
  const key = raw.entry?.key ?? raw.key ?? "";
  const references = raw.references ? [...rule2.references, ...raw.references.filter((ref) => !rule2.references.includes(ref))] : rule2.references;
  return {
    ruleId: rule2.id,
    title: rule2.title,
    severity: raw.severity ?? rule2.severity,
    component: rule2.component,
    attacker: rule2.attacker,
    posture: rule2.posture,
    references,
    file: doc.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    key,
    // An absent key is judged by its default, so section 11a `when` conditions see that value.
    value: raw.entry?.value ?? (raw.key !== void 0 ? doc.effective(raw.key) : void 0),
    // SHA-256 in JavaScript, ~60 microseconds each on code V8 has not optimised: only for a report that prints them.
    valueHash: fingerprints ? hashValue(rule2.id, key, raw.entry?.value, rule2.attacker === "repo-reader" || isSecretKey(key)) : "",
    message: raw.message,
    fingerprint: fingerprints ? sha256Hex([rule2.id, doc.file, doc.name ?? "", key, raw.discriminator ?? ""].join("\0")).slice(0, 32) : ""
  };
}
function compareFindings(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
function dedupe(sorted) {
  return sorted.filter((finding, index) => {
    const previous = sorted[index - 1];
    return !previous || compareFindings(previous, finding) !== 0;
  });
}
var NOTHING_FOUND, DeploymentNotKnown, DEPLOYMENT_NOT_KNOWN;
var init_run_rules = __esm({
  "src/engine/run-rules.ts"() {
    "use strict";
    init_location();
    init_compare();
    init_hash();
    init_value_hash();
    init_secret_keys();
    init_error_name();
    NOTHING_FOUND = Object.freeze({ findings: Object.freeze([]), failures: Object.freeze([]) });
    DeploymentNotKnown = class {
      constructor(kafkaVersion) {
        this.kafkaVersion = kafkaVersion;
      }
      kafkaVersion;
      asked = false;
      get deployment() {
        this.asked = true;
        throw DEPLOYMENT_NOT_KNOWN;
      }
    };
    DEPLOYMENT_NOT_KNOWN = Object.freeze({ reason: "the deployment is not known yet" });
  }
});

// src/parse/encoding.ts
function looksWide(text) {
  const start = text.slice(0, 8);
  return start.includes("\0") || start.startsWith("\uFFFD\uFFFD");
}
function wideEncodingMessage(format) {
  return `not valid ${format}: the file looks UTF-16 or UTF-32 encoded; connect-audit reads ${format} as UTF-8 (save it as UTF-8)`;
}
var init_encoding = __esm({
  "src/parse/encoding.ts"() {
    "use strict";
  }
});

// src/parse/result.ts
var LineIndex;
var init_result = __esm({
  "src/parse/result.ts"() {
    "use strict";
    LineIndex = class {
      #starts = [0];
      constructor(text) {
        const starts = this.#starts;
        let lf = text.indexOf("\n");
        let cr = text.indexOf("\r");
        while (lf !== -1 || cr !== -1) {
          if (cr === -1 || lf !== -1 && lf < cr) {
            starts.push(lf + 1);
            lf = text.indexOf("\n", lf + 1);
          } else {
            const next = lf === cr + 1 ? lf + 1 : cr + 1;
            starts.push(next);
            if (lf === cr + 1) lf = text.indexOf("\n", next);
            cr = text.indexOf("\r", next);
          }
        }
      }
      /** The 1-based line and column of `offset`. */
      position(offset) {
        let low = 0;
        let high = this.#starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (this.#starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return { line: low + 1, column: offset - this.#starts[low] + 1 };
      }
      /** Where the line after the one holding `offset` starts; undefined on the last line. */
      nextLineStart(offset) {
        return this.#starts[this.position(offset).line];
      }
      get lineCount() {
        return this.#starts.length;
      }
    };
  }
});

// src/parse/json.ts
function parseJson(text) {
  const body = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  const lines = new LineIndex(body);
  const at = (offset, message) => ({ ok: false, error: { ...lines.position(offset), message } });
  const problem2 = checkJson(body);
  if (problem2) return looksWide(body) ? at(0, NOT_UTF8) : at(problem2.offset, problem2.message);
  try {
    JSON.parse(body);
  } catch (error) {
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
    return at(position ? Number(position[1]) : 0, GENERIC);
  }
  return { ok: true, value: new TreeReader(body, lines).read() };
}
function isNumberChar(c) {
  return c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
}
function checkJson(text) {
  const length = text.length;
  const stack = [];
  let i = 0;
  const fail = (message, offset = i) => ({
    offset: Math.min(offset, length),
    message: offset >= length ? `${GENERIC}: unexpected end of file (is it truncated?)` : `${GENERIC}: ${message}`
  });
  const skipSpace = () => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const unexpected = (what) => {
    const c = text.charCodeAt(i);
    if (c === 47) return fail(`comments are not JSON`);
    if (c === 39) return fail(`${what}; single quotes are not JSON`);
    return fail(`${what} ${NOT_JSON_HINT}`);
  };
  const string = () => {
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return void 0;
      }
      if (c < 32) return fail(c === 10 || c === 13 ? "line break inside a string (is a closing quote missing?)" : "control character inside a string; escape it");
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return fail("bad \\u escape in a string: four hex digits must follow");
          i += 6;
          continue;
        }
        if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          i += 2;
          continue;
        }
        return fail(Number.isNaN(e) ? "unterminated string" : "bad escape in a string");
      }
      i++;
    }
    return fail("unterminated string");
  };
  const number = () => {
    const begin = i;
    if (text.charCodeAt(i) === 45) i++;
    if (text.charCodeAt(i) === 48) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail("bad number", begin);
    if (text.charCodeAt(i) === 46) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail('bad number: a digit must follow "."');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) {
      i++;
      if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
      if (!isDigit(text.charCodeAt(i))) return fail("bad number: a digit must follow the exponent");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (isDigit(text.charCodeAt(i))) return fail("bad number: leading zeros are not JSON");
    return void 0;
  };
  const value = () => {
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_JSON_DEPTH) return { offset: i, message: TOO_DEEP };
      stack.push(c === 123 ? "o" : "a");
      i++;
      skipSpace();
      const close = text.charCodeAt(i);
      if (c === 123 && close === 125 || c === 91 && close === 93) {
        stack.pop();
        i++;
        return void 0;
      }
      return c === 123 ? member() : value();
    }
    if (c === 34) return string();
    if (c === 45 || isDigit(c)) return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return void 0;
      }
    }
    return unexpected("expected a value");
  };
  const member = () => {
    skipSpace();
    if (text.charCodeAt(i) !== 34) return unexpected("expected a double-quoted property name");
    const problem3 = string();
    if (problem3) return problem3;
    skipSpace();
    if (text.charCodeAt(i) !== 58) return fail('expected ":" after the property name');
    i++;
    return value();
  };
  let problem2 = value();
  while (!problem2) {
    skipSpace();
    const top = stack[stack.length - 1];
    if (top === void 0) {
      if (i < length) problem2 = fail("unexpected text after the JSON value");
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      skipSpace();
      const next = text.charCodeAt(i);
      if (next === 125 || next === 93) problem2 = fail("trailing comma; JSON allows none");
      else problem2 = top === "o" ? member() : value();
    } else if (top === "o" && c === 125 || top === "a" && c === 93) {
      stack.pop();
      i++;
    } else {
      problem2 = top === "o" ? unexpected('expected "," or "}" after the property value') : unexpected('expected "," or "]" after the array item');
    }
  }
  return problem2;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
var MAX_JSON_DEPTH, TreeReader, GENERIC, NOT_UTF8, TOO_DEEP, NOT_JSON_HINT;
var init_json = __esm({
  "src/parse/json.ts"() {
    "use strict";
    init_encoding();
    init_result();
    MAX_JSON_DEPTH = 128;
    TreeReader = class {
      #i = 0;
      #text;
      #lines;
      constructor(text, lines) {
        this.#text = text;
        this.#lines = lines;
      }
      read() {
        this.#space();
        return this.#value();
      }
      #value() {
        const start = this.#i;
        const c = this.#text.charCodeAt(start);
        if (c === 123) return this.#object(start);
        if (c === 91) return this.#array(start);
        if (c === 34) return { kind: "string", value: this.#string(), span: this.#span(start) };
        if (c === 116 || c === 102) {
          const value2 = c === 116;
          this.#i += value2 ? 4 : 5;
          return { kind: "boolean", value: value2, span: this.#span(start) };
        }
        if (c === 110) {
          this.#i += 4;
          return { kind: "null", span: this.#span(start) };
        }
        while (this.#i < this.#text.length && isNumberChar(this.#text.charCodeAt(this.#i))) this.#i++;
        const raw = this.#text.slice(start, this.#i);
        const value = Number(raw);
        return { kind: "number", value, raw: c === 45 ? String(value) : raw, span: this.#span(start) };
      }
      #object(start) {
        const members = [];
        this.#i++;
        this.#space();
        while (this.#text.charCodeAt(this.#i) !== 125) {
          const keyStart = this.#i;
          const key = this.#string();
          const keySpan = this.#span(keyStart);
          this.#space();
          this.#i++;
          this.#space();
          members.push({ key, keySpan, value: this.#value() });
          this.#separator();
        }
        this.#i++;
        return { kind: "object", members, span: this.#span(start) };
      }
      #array(start) {
        const items = [];
        this.#i++;
        this.#space();
        while (this.#text.charCodeAt(this.#i) !== 93) {
          items.push(this.#value());
          this.#separator();
        }
        this.#i++;
        return { kind: "array", items, span: this.#span(start) };
      }
      /** After a member or an item: the space around a `,`, if one follows (the text is valid JSON). */
      #separator() {
        this.#space();
        if (this.#text.charCodeAt(this.#i) === 44) {
          this.#i++;
          this.#space();
        }
      }
      /** The string at the cursor (a `"`), decoded; the cursor ends after its closing quote. */
      #string() {
        const start = this.#i;
        let i = start + 1;
        let escaped = false;
        for (; ; ) {
          const c = this.#text.charCodeAt(i);
          if (c === 34) break;
          if (c === 92) {
            escaped = true;
            i++;
          }
          i++;
        }
        this.#i = i + 1;
        return escaped ? JSON.parse(this.#text.slice(start, this.#i)) : this.#text.slice(start + 1, i);
      }
      #space() {
        for (; ; ) {
          const c = this.#text.charCodeAt(this.#i);
          if (c === 32 || c === 9 || c === 10 || c === 13) this.#i++;
          else return;
        }
      }
      /** From `start` to the cursor. */
      #span(start) {
        const from = this.#lines.position(start);
        const to = this.#lines.position(this.#i);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
      }
    };
    GENERIC = "not valid JSON";
    NOT_UTF8 = wideEncodingMessage("JSON");
    TOO_DEEP = `not valid JSON: nested deeper than ${MAX_JSON_DEPTH} levels; not read`;
    NOT_JSON_HINT = "(comments, single quotes, trailing commas and unquoted keys are not JSON)";
  }
});

// src/parse/properties.ts
function parseProperties(text) {
  const lines = new LineIndex(text);
  const entries = [];
  const comments = [];
  const reader = new LogicalLineReader(text, comments, lines);
  for (let line = reader.next(); line; line = reader.next()) {
    const { chars, offsets } = line;
    const limit2 = chars.length;
    let keyLen = 0;
    let valueStart = limit2;
    let hasSeparator = false;
    let precedingBackslash = false;
    while (keyLen < limit2) {
      const c = chars[keyLen];
      if ((c === 61 || c === 58) && !precedingBackslash) {
        valueStart = keyLen + 1;
        hasSeparator = true;
        break;
      } else if (isWhitespace(c) && !precedingBackslash) {
        valueStart = keyLen + 1;
        break;
      }
      precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
      keyLen++;
    }
    while (valueStart < limit2) {
      const c = chars[valueStart];
      if (!isWhitespace(c)) {
        if (!hasSeparator && (c === 61 || c === 58)) hasSeparator = true;
        else break;
      }
      valueStart++;
    }
    const key = convert(chars, 0, keyLen);
    const value = convert(chars, valueStart, limit2);
    if (typeof key !== "string") return failure(lines, offsets[key.index] ?? 0, key.message);
    if (typeof value !== "string") return failure(lines, offsets[value.index] ?? 0, value.message);
    const keyStart = limit2 > 0 ? offsets[0] : line.endOffset - 1;
    entries.push({
      key,
      value,
      keyStart,
      keyEnd: keyLen > 0 ? offsets[keyLen - 1] + 1 : keyStart,
      valueStart: valueStart < limit2 ? offsets[valueStart] : line.endOffset,
      valueEnd: valueStart < limit2 ? offsets[limit2 - 1] + 1 : line.endOffset
    });
  }
  return { ok: true, value: { entries, comments, lines } };
}
function failure(lines, offset, message) {
  const { line, column } = lines.position(offset);
  return { ok: false, error: { line, column, message } };
}
function pop(chars, offsets) {
  chars.pop();
  offsets.pop();
}
function convert(chars, start, end) {
  let out = "";
  let runStart = start;
  for (let i = start; i < end; i++) {
    if (chars[i] !== BACKSLASH) continue;
    out += stringFrom(chars, runStart, i);
    const escapeAt = i;
    i++;
    const c = chars[i];
    if (c === void 0 || i >= end) {
      runStart = end;
      break;
    }
    if (c === 117) {
      if (i + 4 >= end) return { index: escapeAt, message: "Malformed \\uxxxx encoding" };
      let value = 0;
      for (let k = 1; k <= 4; k++) {
        const digit = hexValue(chars[i + k]);
        if (digit < 0) return { index: escapeAt, message: "Malformed \\uxxxx encoding" };
        value = (value << 4) + digit;
      }
      out += String.fromCharCode(value);
      i += 4;
    } else {
      out += String.fromCharCode(ESCAPES[c] ?? c);
    }
    runStart = i + 1;
  }
  if (runStart < end) out += stringFrom(chars, runStart, end);
  return out;
}
function stringFrom(chars, start, end) {
  let out = "";
  for (let i = start; i < end; i += 8192) out += String.fromCharCode(...chars.slice(i, Math.min(end, i + 8192)));
  return out;
}
function hexValue(c) {
  if (c === void 0) return -1;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
var isWhitespace, isLineEnd, BACKSLASH, LogicalLineReader, ESCAPES;
var init_properties = __esm({
  "src/parse/properties.ts"() {
    "use strict";
    init_result();
    isWhitespace = (c) => c === 32 || c === 9 || c === 12;
    isLineEnd = (c) => c === 10 || c === 13;
    BACKSLASH = 92;
    LogicalLineReader = class {
      #off = 0;
      #text;
      #comments;
      #lines;
      constructor(text, comments, lines) {
        this.#text = text;
        this.#comments = comments;
        this.#lines = lines;
      }
      /**
       * Where the physical line holding `from` ends (its CR, LF or CRLF, or the end of the text),
       * from the line starts LineIndex has found, rather than a loop over each character: comments
       * are most of a Kafka sample config, and a one-file run reads them on code V8 has not optimised.
       */
      #lineEnd(from) {
        const text = this.#text;
        const next = this.#lines.nextLineStart(from);
        if (next === void 0) return text.length;
        return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
      }
      next() {
        const text = this.#text;
        const limit2 = text.length;
        const chars = [];
        const offsets = [];
        let skipWhiteSpace = true;
        let appendedLineBegin = false;
        let precedingBackslash = false;
        let off = this.#off;
        let lastOffset = -1;
        while (true) {
          if (off >= limit2) {
            this.#off = off;
            if (chars.length === 0) return void 0;
            if (precedingBackslash) pop(chars, offsets);
            return { chars, offsets, endOffset: lastOffset + 1 };
          }
          const c = text.charCodeAt(off++);
          if (skipWhiteSpace) {
            if (isWhitespace(c)) continue;
            if (!appendedLineBegin && isLineEnd(c)) continue;
            skipWhiteSpace = false;
            appendedLineBegin = false;
          }
          if (chars.length === 0 && (c === 35 || c === 33)) {
            const start = off;
            off = this.#lineEnd(off);
            this.#comments.push({ line: this.#lines.position(start - 1).line, text: text.slice(start, off) });
            skipWhiteSpace = true;
            continue;
          }
          if (!isLineEnd(c)) {
            lastOffset = off - 1;
            chars.push(c);
            offsets.push(off - 1);
            precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
            continue;
          }
          if (chars.length === 0) {
            skipWhiteSpace = true;
            continue;
          }
          if (off >= limit2) {
            this.#off = off;
            if (precedingBackslash) pop(chars, offsets);
            return { chars, offsets, endOffset: lastOffset + 1 };
          }
          if (!precedingBackslash) {
            this.#off = off;
            return { chars, offsets, endOffset: lastOffset + 1 };
          }
          pop(chars, offsets);
          skipWhiteSpace = true;
          appendedLineBegin = true;
          precedingBackslash = false;
          if (c === 13 && off < limit2 && text.charCodeAt(off) === 10) off++;
        }
      }
    };
    ESCAPES = { 116: 9, 114: 13, 110: 10, 102: 12 };
  }
});

// src/model/config-document.ts
var ConfigDocument;
var init_config_document = __esm({
  "src/model/config-document.ts"() {
    "use strict";
    init_version();
    init_defaults();
    init_note_kinds();
    ConfigDocument = class {
      file;
      format;
      roles;
      entries;
      kafkaVersion;
      kafkaVersionFromInput;
      kafkaVersionSource;
      name;
      group;
      notes;
      comments;
      #byKey = /* @__PURE__ */ new Map();
      constructor(init) {
        this.file = init.file;
        this.format = init.format;
        this.roles = init.roles;
        this.entries = init.entries;
        this.kafkaVersion = init.kafkaVersion;
        this.kafkaVersionFromInput = init.kafkaVersionFromInput ?? false;
        this.kafkaVersionSource = init.kafkaVersionSource;
        this.name = init.name;
        this.group = init.group;
        this.notes = init.notes ?? [];
        this.comments = init.comments ?? [];
        for (const entry of init.entries) this.#byKey.set(entry.key, entry);
      }
      /**
       * The version for messages, saying where it comes from when the input names it:
       * `Kafka 3.9.0 (image confluentinc/cp-server:7.9.0)`, `Kafka 4.1.0 (Strimzi spec.version)`.
       */
      get kafkaVersionText() {
        const version = `Kafka ${formatVersion(this.kafkaVersion)}`;
        if (!this.kafkaVersionFromInput) return version;
        return `${version} (${this.kafkaVersionSource ?? "version from the input"})`;
      }
      get role() {
        return this.roles[0] ?? "client";
      }
      /**
       * True for a document whose unset keys are not Kafka's defaults: one that completes a
       * config written elsewhere (a compose overlay), or a Confluent component's settings (its
       * defaults are its own). Only what it sets is judged.
       */
      get isFragment() {
        return this.notes.some((note) => note.kind === COMPOSE_OVERLAY || note.kind === COMPONENT_SETTINGS);
      }
      hasRole(role) {
        return this.roles.includes(role);
      }
      /** The entry that wins for `key` (the last one written), if the key is set. */
      get(key) {
        return this.#byKey.get(key);
      }
      has(key) {
        return this.#byKey.has(key);
      }
      /** The winning entries, in source order of their last occurrence. */
      effectiveEntries() {
        return [...this.#byKey.values()];
      }
      /** Winning entries whose key starts with `prefix`. */
      withPrefix(prefix) {
        return this.effectiveEntries().filter((entry) => entry.key.startsWith(prefix));
      }
      /** The value Kafka would use: the explicit one, else the default for this document's version. */
      effective(key) {
        const entry = this.#byKey.get(key);
        if (entry) return entry.value;
        return defaultValue(key, this.kafkaVersion, this.role);
      }
      /** Entries written more than once (all but the last are ignored by Kafka). */
      shadowedEntries() {
        return this.entries.filter((entry) => this.#byKey.get(entry.key) !== entry);
      }
    };
  }
});

// src/model/entry.ts
function createEntry(init) {
  const entry = {
    key: init.key,
    value: init.value,
    span: init.span,
    valueSpan: init.valueSpan ?? init.span,
    isProviderReference: hasProviderReference(init.value),
    ...init.origin !== void 0 ? { origin: init.origin } : {},
    ...init.isTemplate ? { isTemplate: true } : {}
  };
  return Object.freeze(entry);
}
var init_entry = __esm({
  "src/model/entry.ts"() {
    "use strict";
    init_provider_reference();
  }
});

// src/model/adapters/connector-json.ts
function connectorJsonToDrafts(root) {
  if (root.kind === "array") return root.items.flatMap((item) => connectorJsonToDrafts(item));
  if (root.kind !== "object") return [];
  const config = root.members.find((member) => member.key === "config");
  const name = root.members.find((member) => member.key === "name");
  if (config?.value.kind === "object" && hasConnectorClass(config.value.members)) {
    return [draftOf(config.value.members, name?.value.kind === "string" ? name.value.value : void 0)];
  }
  if (hasConnectorClass(root.members)) {
    const ownName = root.members.find((member) => member.key === "name");
    return [draftOf(root.members, ownName?.value.kind === "string" ? ownName.value.value : void 0)];
  }
  return [];
}
function hasConnectorClass(members) {
  return members.some((member) => member.key === "connector.class");
}
function draftOf(members, name) {
  const entries = [];
  for (const member of members) {
    const value = scalarText(member.value);
    if (value === void 0) continue;
    entries.push(
      createEntry({
        key: member.key,
        value,
        span: { line: member.keySpan.line, column: member.keySpan.column, endLine: member.value.span.endLine, endColumn: member.value.span.endColumn },
        valueSpan: member.value.span
      })
    );
  }
  return { format: "json", roles: ["connector"], entries, ...name !== void 0 ? { name } : {} };
}
function scalarText(node) {
  switch (node.kind) {
    case "string":
      return node.value;
    case "number":
      return node.raw;
    case "boolean":
      return String(node.value);
    default:
      return void 0;
  }
}
var init_connector_json = __esm({
  "src/model/adapters/connector-json.ts"() {
    "use strict";
    init_entry();
  }
});

// src/model/detect-role.ts
function detectRoles(fileName, keys, processRoles) {
  const name = fileName.toLowerCase();
  if (/^(log4j2?|tools-log4j|connect-log4j|zookeeper|logging|trogdor)\b/.test(name)) return [];
  if (processRoles !== void 0) {
    const roles = processRoles.split(",").map((role) => role.trim().toLowerCase());
    const out = [];
    if (roles.includes("broker")) out.push("broker");
    if (roles.includes("controller")) out.push("controller");
    if (out.length > 0) return out;
  }
  if (keys.has("connector.class")) return ["connector"];
  if (keys.has("clusters") && [...keys].some((key) => key.endsWith(".bootstrap.servers"))) return ["worker"];
  if (hasAny(keys, WORKER_KEYS)) return ["worker"];
  if (hasAny(keys, BROKER_KEYS)) return /controller/.test(name) ? ["controller"] : ["broker"];
  if (/(^|[-_.])(server|broker|kafka)([-_.]|$)|^server\d*\./.test(name)) return ["broker"];
  if (/controller/.test(name)) return ["controller"];
  if (/connect-(distributed|standalone)|(^|[-_.])worker([-_.]|$)/.test(name)) return ["worker"];
  if (/connector|(^|[-_.])(source|sink)([-_.]|$)/.test(name)) return ["connector"];
  if (hasAny(keys, CLIENT_KEYS) || /producer|consumer|client|admin|streams/.test(name)) return ["client"];
  return [];
}
function hasAny(keys, candidates) {
  return candidates.some((key) => keys.has(key));
}
var WORKER_KEYS, BROKER_KEYS, CLIENT_KEYS;
var init_detect_role = __esm({
  "src/model/detect-role.ts"() {
    "use strict";
    WORKER_KEYS = [
      "config.storage.topic",
      "offset.storage.topic",
      "status.storage.topic",
      "offset.storage.file.filename",
      "plugin.path",
      "key.converter",
      "value.converter",
      "connector.client.config.override.policy",
      "rest.advertised.host.name",
      "rest.extension.classes"
    ];
    BROKER_KEYS = [
      "broker.id",
      "node.id",
      "log.dirs",
      "log.dir",
      "zookeeper.connect",
      "advertised.listeners",
      "inter.broker.listener.name",
      "controller.quorum.voters",
      "controller.quorum.bootstrap.servers",
      "controller.listener.names",
      "authorizer.class.name",
      "num.partitions",
      "log.retention.hours"
    ];
    CLIENT_KEYS = [
      "bootstrap.servers",
      "security.protocol",
      "sasl.mechanism",
      "sasl.jaas.config",
      "key.serializer",
      "value.serializer",
      "key.deserializer",
      "value.deserializer",
      "group.id"
    ];
  }
});

// src/model/adapters/properties.ts
function propertiesToDraft(file, syntax) {
  const entries = syntax.entries.map((property) => {
    const keySpan = spanBetween(syntax.lines, property.keyStart, property.keyEnd);
    const valueSpan = spanBetween(syntax.lines, property.valueStart, property.valueEnd);
    return createEntry({
      key: property.key,
      value: property.value,
      span: { line: keySpan.line, column: keySpan.column, endLine: valueSpan.endLine, endColumn: valueSpan.endColumn },
      valueSpan
    });
  });
  const keys = new Set(entries.map((entry) => entry.key));
  const processRoles = [...entries].reverse().find((entry) => entry.key === "process.roles")?.value;
  const roles = detectRoles(baseName(file), keys, processRoles);
  if (roles.length === 0) return void 0;
  return { format: "properties", roles, entries, comments: syntax.comments };
}
function spanBetween(lines, start, end) {
  const from = lines.position(start);
  const to = lines.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
var init_properties2 = __esm({
  "src/model/adapters/properties.ts"() {
    "use strict";
    init_entry();
    init_detect_role();
  }
});

// src/model/build.ts
function registerLazyReader(kind, load) {
  lazyReaders[kind] = load;
}
async function buildDocuments(source, targetVersion) {
  const read2 = await readerFor(source.kind);
  const { drafts, error } = read2(source);
  if (error) return { documents: [], error };
  const documents = drafts.map(
    (draft) => new ConfigDocument({
      file: source.file,
      format: draft.format,
      roles: draft.roles,
      entries: draft.entries,
      kafkaVersion: draft.kafkaVersion ?? targetVersion,
      kafkaVersionFromInput: draft.kafkaVersion !== void 0,
      ...draft.kafkaVersion !== void 0 && draft.kafkaVersionSource !== void 0 ? { kafkaVersionSource: draft.kafkaVersionSource } : {},
      ...draft.name !== void 0 ? { name: draft.name } : {},
      ...draft.group !== void 0 ? { group: draft.group } : {},
      ...draft.notes ? { notes: draft.notes } : {},
      ...draft.comments ? { comments: draft.comments } : {}
    })
  );
  return { documents };
}
async function readerFor(kind) {
  if (kind === "properties") return readProperties;
  if (kind === "json") return readJson;
  let reader = loadedReaders.get(kind);
  if (!reader) {
    const load = lazyReaders[kind];
    if (!load) return () => ({ drafts: [] });
    reader = await load();
    loadedReaders.set(kind, reader);
  }
  return reader;
}
var lazyReaders, loadedReaders, readProperties, readJson;
var init_build = __esm({
  "src/model/build.ts"() {
    "use strict";
    init_json();
    init_properties();
    init_config_document();
    init_connector_json();
    init_properties2();
    lazyReaders = {};
    loadedReaders = /* @__PURE__ */ new Map();
    readProperties = (source) => {
      const parsed = parseProperties(source.text);
      if (!parsed.ok) return { drafts: [], error: parsed.error };
      const draft = propertiesToDraft(source.file, parsed.value);
      return { drafts: draft ? [draft] : [] };
    };
    readJson = (source) => {
      const parsed = parseJson(source.text);
      if (!parsed.ok) return { drafts: [], error: parsed.error };
      return { drafts: connectorJsonToDrafts(parsed.value) };
    };
  }
});

// src/threat-model/classify.ts
function classifyFinding(finding, path, policy, shownPath) {
  const { value: _value, ...rest } = finding;
  const judged = (classification, reason, section) => ({
    ...rest,
    classification,
    reason,
    section
  });
  const place = placeOf(path, policy, shownPath !== void 0 && shownPath !== path && isBelowCurrentFolder(shownPath) ? shownPath : void 0);
  if (place.outOfScope) {
    const { scope, glob: glob2 } = place.outOfScope;
    return judged("OUT-OF-MODEL", `${scope.reason} (the path matches ${glob2.source})`, policy.sections.scope);
  }
  if (policy.trusted.includes(finding.attacker)) {
    return judged("OUT-OF-MODEL", `the attacker this rule needs (${finding.attacker}) is trusted in this threat model`, policy.sections.trusted);
  }
  const known = policy.knownNonFindings.find((entry) => matchesKnownNonFinding(entry, finding));
  if (known) return judged("BY-DESIGN", known.reason, `${policy.sections.nonFindings}:${known.id}`);
  const { posture, glob } = place.posture;
  const why = glob ? `the path matches ${glob.source}` : "the default posture";
  if (POSTURES.indexOf(posture) < POSTURES.indexOf(finding.posture)) {
    return judged("BY-DESIGN", `accepted in a ${posture} deployment (${why}); this rule applies from the ${finding.posture} posture on`, policy.sections.postures);
  }
  return judged("VALID", `a real problem in a ${posture} deployment (${why})`, policy.sections.postures);
}
function placeOf(path, policy, shownPath) {
  let byPath = places.get(policy);
  if (!byPath) places.set(policy, byPath = /* @__PURE__ */ new Map());
  const cacheKey = shownPath === void 0 ? path : `${path}\0${shownPath}`;
  let place = byPath.get(cacheKey);
  if (!place) {
    const paths = shownPath === void 0 ? [path] : [path, shownPath];
    let outOfScope;
    for (const scope of policy.outOfScope) {
      const glob = scope.paths.find((candidate) => matchesAny(candidate, paths));
      if (glob) {
        outOfScope = { scope, glob };
        break;
      }
    }
    place = { outOfScope, posture: postureMatch(paths, policy) };
    byPath.set(cacheKey, place);
  }
  return place;
}
function matchesAny(glob, paths) {
  return paths.some((path) => glob.matches(path));
}
function isBelowCurrentFolder(path) {
  return path !== "" && !path.startsWith("/") && path !== ".." && !path.startsWith("../") && !/^[A-Za-z]:/.test(path);
}
function postureMatch(path, policy) {
  const paths = typeof path === "string" ? [path] : path;
  let strictest;
  for (const { posture, globs } of policy.postures) {
    const glob = globs.find((candidate) => matchesAny(candidate, paths));
    if (!glob) continue;
    if (strictest === void 0 || POSTURES.indexOf(posture) > POSTURES.indexOf(strictest.posture)) strictest = { posture, glob };
  }
  return strictest ?? { posture: policy.defaultPosture, glob: void 0 };
}
function matchesKnownNonFinding(entry, finding) {
  if (entry.rule !== void 0 && entry.rule !== finding.ruleId) return false;
  if (entry.key !== void 0 && !keyMatches(entry.key, finding.key)) return false;
  if (entry.when === void 0) return true;
  return finding.value !== void 0 && conditionHolds(entry.when, finding.value);
}
function keyMatches(policyKey, key) {
  if (key === "") return false;
  if (!policyKey.includes("*")) return key === policyKey || key.startsWith("listener.name.") && key.endsWith(`.${policyKey}`);
  let pattern = keyPatterns.get(policyKey);
  if (!pattern) {
    const body = policyKey.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".+");
    pattern = new RegExp(`^(?:listener\\.name\\.[^.]+\\.(?:[^.]+\\.)?)?${body}$`, "s");
    keyPatterns.set(policyKey, pattern);
  }
  return pattern.test(key);
}
function conditionHolds(condition, value) {
  if (condition.kind === "regex") return condition.regex.test(value);
  const text = value.trim();
  const left = Number(text);
  const right = Number(condition.operand);
  const numeric = text !== "" && Number.isFinite(left) && Number.isFinite(right);
  switch (condition.operator) {
    case "=":
      return numeric ? left === right : text === condition.operand;
    case "!=":
      return numeric ? left !== right : text !== condition.operand;
    case "<":
      return numeric && left < right;
    case "<=":
      return numeric && left <= right;
    case ">":
      return numeric && left > right;
    case ">=":
      return numeric && left >= right;
  }
}
var places, keyPatterns;
var init_classify = __esm({
  "src/threat-model/classify.ts"() {
    "use strict";
    init_types();
    places = /* @__PURE__ */ new WeakMap();
    keyPatterns = /* @__PURE__ */ new Map();
  }
});

// src/scan/pass-one.ts
function sketchWorker(doc, position) {
  return { position, file: copy(doc.file), group: doc.group === void 0 ? void 0 : copy(doc.group), roles: [...doc.roles] };
}
function copy(text) {
  return JSON.parse(JSON.stringify(text));
}
async function readDocuments(file, kafkaVersion) {
  if (file.size > MAX_FILE_BYTES) {
    return { error: { file: file.displayPath, line: 0, column: 0, message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read` }, text: "" };
  }
  let text;
  try {
    text = (0, import_node_fs7.readFileSync)(file.absolutePath, file.kind === "properties" ? "latin1" : "utf8");
  } catch (error) {
    return { error: { file: file.displayPath, line: 0, column: 0, message: `cannot read (${error.code ?? "error"})` }, text: "" };
  }
  let built;
  try {
    built = await buildDocuments({ file: file.displayPath, kind: file.kind, text }, kafkaVersion);
  } catch (error) {
    return { error: { file: file.displayPath, line: 0, column: 0, message: `not read: internal error in the ${file.kind} reader (${errorName(error)}); please report it` }, text };
  }
  for (const doc of built.documents) noteCodePath(`document:${doc.format}:${doc.role}`);
  return { documents: built.documents, text, ...built.error ? { error: { file: file.displayPath, ...built.error } } : {} };
}
function compactor() {
  const shared = /* @__PURE__ */ new Map();
  const intern = (text) => {
    let kept = shared.get(text);
    if (kept === void 0) shared.set(kept = copy(text), kept);
    return kept;
  };
  const compacted = /* @__PURE__ */ new WeakSet();
  return (finding) => {
    if (compacted.has(finding)) return finding;
    const out = { ...finding };
    for (const property of ["title", "key", "message", "reason", "section"]) if (typeof finding[property] === "string") out[property] = intern(finding[property]);
    for (const property of ["fingerprint", "valueHash"]) if (typeof finding[property] === "string") out[property] = copy(finding[property]);
    compacted.add(out);
    return out;
  };
}
var import_node_fs7, MAX_FILE_BYTES, NOTHING, FileJudge;
var init_pass_one = __esm({
  "src/scan/pass-one.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_rules();
    init_run_rules();
    init_suppressions();
    init_build();
    init_classify();
    init_hash();
    init_error_name();
    init_code_paths();
    MAX_FILE_BYTES = 16 * 1024 * 1024;
    NOTHING = { findings: [], failures: [] };
    FileJudge = class {
      #config;
      #knownRules;
      #rulesRun;
      #compact = compactor();
      constructor(config) {
        this.#config = config;
        this.#knownRules = new Map(rules.map((rule2) => [rule2.id, rule2]));
        this.#rulesRun = new Set(config.rules.map((rule2) => rule2.id));
      }
      /** What it judges by; a worker thread gets the same (src/scan/threads.ts). */
      get config() {
        return this.#config;
      }
      get rules() {
        return this.#config.rules;
      }
      /** Pass 1 over one file. */
      async passOne(task) {
        const { index, file } = task;
        const read2 = await readDocuments(file, this.#config.kafkaVersion);
        const error = read2.error ? { error: read2.error } : {};
        if (!read2.documents) return { index, documents: 0, ...error };
        const documents = read2.documents;
        const slots = task.judged ? this.#runAll(documents, file) : [];
        const waiting = slots.some((slot) => slot.run === void 0);
        const workers = [];
        documents.forEach((doc, position) => {
          if (doc.hasRole("worker")) workers.push(sketchWorker(doc, position));
        });
        const digest = waiting || workers.length > 0 ? { digest: sha256Hex(read2.text) } : {};
        const found = waiting ? { waiting: slots } : this.finish(documents, slots, file);
        return { index, documents: documents.length, ...error, ...digest, ...found, ...workers.length > 0 ? { workers } : {} };
      }
      /** The rules that waited, run again with the deployment they asked for. */
      rerun(slots, documents, deployment, file) {
        return slots.map((slot) => slot.run ? slot : { ...slot, run: this.#judge(runRule(this.rules[slot.rule], documents[slot.doc], this.#config.kafkaVersion, deployment, this.#config.fingerprints), file) });
      }
      /** A file's findings once every rule has run: sorted, deduplicated, inline suppressions applied. */
      finish(documents, slots, file) {
        const found = [];
        const failed = [];
        for (const { run: run2 } of slots) {
          found.push(...run2.findings);
          failed.push(...run2.failures);
        }
        const judged = applyInlineSuppressions(sortFindings(found), documents, {
          enabled: this.#config.inlineSuppressions,
          rulesRun: this.#rulesRun,
          knownRules: this.#knownRules,
          today: this.#config.today,
          classify: this.#classifier(file)
        });
        return { ...judged.length > 0 ? { findings: judged.map(this.#compact) } : {}, ...failed.length > 0 ? { failures: failed } : {} };
      }
      /** Every applicable rule over a file's documents; `undefined` where a rule waits for the deployment. */
      #runAll(documents, file) {
        const slots = [];
        documents.forEach(
          (doc, d) => this.rules.forEach((rule2, r) => {
            if (!ruleAppliesTo(rule2, doc)) return;
            const run2 = runRule(rule2, doc, this.#config.kafkaVersion, void 0, this.#config.fingerprints);
            if (run2 === void 0) slots.push({ doc: d, rule: r, run: void 0 });
            else if (run2.findings.length > 0 || run2.failures.length > 0) slots.push({ doc: d, rule: r, run: this.#judge(run2, file) });
          })
        );
        return slots;
      }
      // Findings are judged (and their strings compacted) as soon as a rule yields them, so a
      // file waiting for pass 2 holds little. Sorting and deduplicating after classifying
      // gives the same list: classifying changes nothing they look at.
      #judge(run2, file) {
        if (run2.findings.length === 0 && run2.failures.length === 0) return NOTHING;
        const classify = this.#classifier(file);
        return { findings: run2.findings.map((finding) => this.#compact(classify(finding))), failures: run2.failures };
      }
      /** The findings of a file are judged by its path from the scan root (and as the user named it). */
      #classifier(file) {
        return (finding) => classifyFinding(finding, file.rootPath, this.#config.policy, finding.file);
      }
    };
  }
});

// src/model/adapters/jaas-file.ts
var jaas_file_exports = {};
__export(jaas_file_exports, {
  jaasFileToDrafts: () => jaasFileToDrafts,
  parseJaasFile: () => parseJaasFile,
  readJaasFile: () => readJaasFile,
  roleOfSection: () => roleOfSection
});
function parseJaasFile(source) {
  const lines = new LineIndex(source);
  const comments = [];
  const chars = source.split("");
  if (chars[0] === "\uFEFF") chars[0] = " ";
  const sections = [];
  const fail = (offset, message) => {
    const { line, column } = lines.position(offset);
    return { ok: false, error: { line, column, message } };
  };
  let i = 0;
  const skipTrivia = () => {
    while (i < chars.length) {
      const c = chars[i];
      if (isSpace(c.charCodeAt(0))) {
        i++;
      } else if (c === "#" && atLineStart(chars, i)) {
        const start = i;
        while (i < chars.length && chars[i] !== "\n" && chars[i] !== "\r") i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 1, i).join("") });
        for (let k = start; k < i; k++) chars[k] = " ";
      } else if (c === "/" && chars[i + 1] === "/") {
        const start = i;
        while (i < chars.length && chars[i] !== "\n" && chars[i] !== "\r") i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 2, i).join("") });
      } else if (c === "/" && chars[i + 1] === "*") {
        const close = source.indexOf("*/", i + 2);
        if (close === -1) return fail(i, "JAAS file: a /* comment is not closed").error;
        i = close + 2;
      } else {
        return void 0;
      }
    }
    return void 0;
  };
  for (; ; ) {
    const error = skipTrivia();
    if (error) return { ok: false, error };
    if (i >= chars.length) break;
    const nameOffset = i;
    while (i < chars.length && /[\w.$*-]/.test(chars[i])) i++;
    if (i === nameOffset) return fail(i, "JAAS file: expected the name of a login section");
    const name = source.slice(nameOffset, i);
    const afterName = skipTrivia();
    if (afterName) return { ok: false, error: afterName };
    if (chars[i] !== "{") return fail(i, `JAAS file: expected "{" after the section name`);
    const bodyStart = ++i;
    let bodyEnd = -1;
    while (i < chars.length) {
      const c = chars[i];
      if (c === '"' || c === "'") {
        const quoteStart = i;
        i++;
        while (i < chars.length && chars[i] !== c) {
          if (chars[i] === "\\") i++;
          i++;
        }
        if (i >= chars.length) return fail(quoteStart, "JAAS file: a quoted value is not closed");
        i++;
      } else if (c === "#" && atLineStart(chars, i)) {
        const start = i;
        while (i < chars.length && chars[i] !== "\n" && chars[i] !== "\r") i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 1, i).join("") });
        for (let k = start; k < i; k++) chars[k] = " ";
      } else if (c === "/" && chars[i + 1] === "/") {
        const start = i;
        while (i < chars.length && chars[i] !== "\n" && chars[i] !== "\r") i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 2, i).join("") });
      } else if (c === "/" && chars[i + 1] === "*") {
        const close = source.indexOf("*/", i + 2);
        if (close === -1) return fail(i, "JAAS file: a /* comment is not closed");
        i = close + 2;
      } else if (c === "$" && chars[i + 1] === "{") {
        const close = source.indexOf("}", i + 2);
        i = close === -1 ? chars.length : close + 1;
      } else if (c === "}") {
        bodyEnd = i;
        i++;
        break;
      } else {
        i++;
      }
    }
    if (bodyEnd === -1) return fail(nameOffset, 'JAAS file: the section is not closed with "};"');
    const save = i;
    const trailing = skipTrivia();
    if (trailing) return { ok: false, error: trailing };
    if (chars[i] === ";") i++;
    else i = save;
    sections.push({ name, nameOffset, bodyStart, bodyEnd, end: i });
  }
  return { ok: true, value: { text: chars.join(""), sections, comments: comments.sort((a, b) => a.line - b.line) } };
}
function atLineStart(chars, offset) {
  for (let k = offset - 1; k >= 0; k--) {
    const c = chars[k];
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "	" && c !== "\f") return false;
  }
  return true;
}
function roleOfSection(name) {
  const last = name.slice(name.lastIndexOf(".") + 1);
  switch (last) {
    case "KafkaServer":
    case "Server":
    case "QuorumServer":
    case "QuorumLearner":
      return "broker";
    case "KafkaConnect":
      return "worker";
    default:
      return "client";
  }
}
function jaasFileToDrafts(syntax) {
  const lines = new LineIndex(syntax.text);
  return syntax.sections.map((section) => {
    const start = lines.position(section.nameOffset);
    const end = lines.position(section.end);
    const bodyFrom = lines.position(section.bodyStart);
    const bodyTo = lines.position(section.bodyEnd);
    const entry = createEntry({
      key: "sasl.jaas.config",
      value: syntax.text.slice(section.bodyStart, section.bodyEnd),
      span: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
      valueSpan: { line: bodyFrom.line, column: bodyFrom.column, endLine: bodyTo.line, endColumn: bodyTo.column },
      origin: `JAAS section ${section.name}`
    });
    return { format: "jaas", roles: [roleOfSection(section.name)], entries: [entry], name: section.name, comments: syntax.comments };
  });
}
var readJaasFile;
var init_jaas_file = __esm({
  "src/model/adapters/jaas-file.ts"() {
    "use strict";
    init_result();
    init_entry();
    init_chars();
    readJaasFile = (source) => {
      const parsed = parseJaasFile(source.text);
      if (!parsed.ok) return { drafts: [], error: parsed.error };
      return { drafts: jaasFileToDrafts(parsed.value) };
    };
  }
});

// src/parse/yaml-span.ts
function spanOf(text, position, start, rawEnd) {
  let end = rawEnd;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const from = position(start);
  const to = position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
function emptyScalar(text, position, offset) {
  return { kind: "scalar", value: null, text: "", style: "plain", span: spanOf(text, position, offset, offset), viaAlias: false, runs: [] };
}
function scalarRuns(source, position, text, style, start, end) {
  if (text === "") return [];
  let bodyStart = start;
  let bodyEnd = end;
  if (style === "single" || style === "double") {
    bodyStart = start + 1;
    bodyEnd = Math.max(bodyStart, end - 1);
  } else if (style === "literal" || style === "folded") {
    const newline = source.indexOf("\n", start);
    if (newline === -1 || newline >= end) return [];
    bodyStart = newline + 1;
  }
  const runs = [];
  let cursor = 0;
  let lineStart = bodyStart;
  while (lineStart <= bodyEnd && cursor < text.length) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd === -1 || lineEnd > bodyEnd) lineEnd = bodyEnd;
    let from = lineStart;
    let to = lineEnd;
    if (to > from && source.charCodeAt(to - 1) === 13) to--;
    while (from < to && (source[from] === " " || source[from] === "	")) from++;
    if (style !== "literal") while (to > from && (source[to - 1] === " " || source[to - 1] === "	")) to--;
    const piece = source.slice(from, to);
    if (piece !== "") {
      let at = cursor;
      while (at < text.length && text.slice(at, at + piece.length) !== piece && (text[at] === " " || text[at] === "\n" || text[at] === "	")) at++;
      if (text.slice(at, at + piece.length) !== piece) break;
      const { line, column } = position(from);
      runs.push({ offset: at, length: piece.length, line, column });
      cursor = at + piece.length;
    }
    if (lineEnd >= bodyEnd) break;
    lineStart = lineEnd + 1;
  }
  return runs;
}
var init_yaml_span = __esm({
  "src/parse/yaml-span.ts"() {
    "use strict";
    init_chars();
  }
});

// src/parse/yaml-common.ts
function readCommonYaml(text, maxNodes, maxDepth) {
  try {
    return new CommonYamlReader(text, maxNodes, maxDepth).read();
  } catch (error) {
    if (error instanceof Uncommon) return void 0;
    throw error;
  }
}
function uncommon() {
  throw UNCOMMON;
}
function plainValue(source) {
  if (!NOT_A_STRING.test(source)) return source;
  if (NULLS.has(source)) return null;
  if (TRUES.has(source)) return true;
  if (FALSES.has(source)) return false;
  if (source.startsWith("0o")) return parseInt(source.substring(2), 8);
  if (source.startsWith("0x")) return parseInt(source.substring(2), 16);
  const special = source.slice(-3).toLowerCase();
  if (special === "nan") return NaN;
  if (special === "inf") return source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  let digits = source[0] === "-" || source[0] === "+" ? 1 : 0;
  while (digits < source.length && source.charCodeAt(digits) >= 48 && source.charCodeAt(digits) <= 57) digits++;
  return digits === source.length ? parseInt(source, 10) : parseFloat(source);
}
var Uncommon, UNCOMMON, SPACE, HASH, DASH, COLON, LINE_FEED, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, FLOW_INDICATORS, BACKSLASH2, PIPE, DOUBLE_QUOTE_ESCAPES, HEX_DIGITS, NOT_PLAIN_START, NOT_A_STRING, NULLS, TRUES, FALSES, CommonYamlReader;
var init_yaml_common = __esm({
  "src/parse/yaml-common.ts"() {
    "use strict";
    init_result();
    init_yaml_span();
    Uncommon = class {
    };
    UNCOMMON = new Uncommon();
    SPACE = 32;
    HASH = 35;
    DASH = 45;
    COLON = 58;
    LINE_FEED = 10;
    COMMA = 44;
    OPEN_BRACKET = 91;
    CLOSE_BRACKET = 93;
    OPEN_BRACE = 123;
    CLOSE_BRACE = 125;
    FLOW_INDICATORS = /* @__PURE__ */ new Set([COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]);
    BACKSLASH2 = 92;
    PIPE = 124;
    DOUBLE_QUOTE_ESCAPES = /* @__PURE__ */ new Map([
      ["0", "\0"],
      ["a", "\x07"],
      ["b", "\b"],
      ["e", "\x1B"],
      ["f", "\f"],
      ["n", "\n"],
      ["r", "\r"],
      ["t", "	"],
      ["v", "\v"],
      ["N", "\x85"],
      ["_", "\xA0"],
      ["L", "\u2028"],
      ["P", "\u2029"],
      [" ", " "],
      ['"', '"'],
      ["/", "/"],
      ["\\", "\\"]
    ]);
    HEX_DIGITS = /^[0-9a-fA-F]+$/;
    NOT_PLAIN_START = new Set("?:,[]{}#&*!|>'\"%@`".split("").map((c) => c.charCodeAt(0)));
    NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))?$/;
    NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
    TRUES = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
    FALSES = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
    CommonYamlReader = class {
      constructor(text, maxNodes, maxDepth) {
        this.text = text;
        this.maxNodes = maxNodes;
        this.maxDepth = maxDepth;
        const index = new LineIndex(text);
        this.#position = (offset) => index.position(offset);
      }
      text;
      maxNodes;
      maxDepth;
      #lines = [];
      #comments = [];
      #position;
      #nodes = 0;
      read() {
        this.splitLines();
        const lines = this.#lines;
        const documents = [];
        let opened = false;
        let i = this.nextSignificant(0);
        while (i < lines.length) {
          const line = lines[i];
          if (line.kind === 2 /* Marker */) {
            if (opened) documents.push({ root: void 0 });
            opened = true;
            i = this.nextSignificant(i + 1);
            continue;
          }
          const root = this.block(i, line.start + line.indent, 0);
          i = this.nextSignificant(root.next);
          if (i < lines.length && lines[i].kind !== 2 /* Marker */) uncommon();
          documents.push({ root: root.read.node });
          opened = false;
        }
        if (opened) documents.push({ root: void 0 });
        if (documents.length === 0) uncommon();
        return { documents, comments: this.#comments.sort((a, b) => a.line - b.line) };
      }
      /** Splits the text into lines, records comment lines, and gives up on characters outside the subset. */
      splitLines() {
        const text = this.text;
        let start = 0;
        while (start <= text.length) {
          let end = start;
          let indent = -1;
          for (; end < text.length; end++) {
            const code2 = text.charCodeAt(end);
            if (code2 === LINE_FEED) break;
            if (code2 < SPACE || code2 > 126) uncommon();
            if (indent === -1 && code2 !== SPACE) indent = end - start;
          }
          if (indent === -1) {
            if (end > start || end < text.length) this.#lines.push({ kind: 0 /* Blank */, start, end, indent: end - start });
          } else {
            const first = text.charCodeAt(start + indent);
            let kind = 3 /* Content */;
            if (first === HASH) {
              kind = 1 /* Comment */;
              this.comment(start + indent, end);
            } else if (indent === 0 && (text.startsWith("---", start) || text.startsWith("...", start))) {
              kind = 2 /* Marker */;
              if (text[start] === "." || end > start + 3 && text.charCodeAt(start + 3) !== SPACE) uncommon();
              const after = this.skipSpaces(start + 3, end);
              if (after < end) {
                if (text.charCodeAt(after) !== HASH) uncommon();
                this.comment(after, end);
              }
            } else if (indent === 0 && first === 37) {
              uncommon();
            }
            this.#lines.push({ kind, start, end, indent });
          }
          start = end + 1;
        }
      }
      comment(hash, end) {
        this.#comments.push({ line: this.#position(hash).line, text: this.text.slice(hash + 1, end) });
      }
      skipSpaces(from, end) {
        let at = from;
        while (at < end && this.text.charCodeAt(at) === SPACE) at++;
        return at;
      }
      /** The first line at or after `i` that is not blank or a comment. */
      nextSignificant(i) {
        let at = i;
        while (at < this.#lines.length && (this.#lines[at].kind === 0 /* Blank */ || this.#lines[at].kind === 1 /* Comment */)) at++;
        return at;
      }
      isSequenceEntry(at, end) {
        return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
      }
      count(depth) {
        if (++this.#nodes > this.maxNodes || depth > this.maxDepth) uncommon();
      }
      /** A block collection starting at offset `at` of line `i` (a mapping unless `- ` starts it; pair() declines what is no key); `next` is the first line after it. */
      block(i, at, depth) {
        return this.collection(i, at, depth, !this.isSequenceEntry(at, this.#lines[i].end));
      }
      /** A block mapping (`key: value` lines) or sequence (`- value` lines) whose first item is at `firstAt` of line `first`. */
      collection(first, firstAt, depth, isMapping) {
        this.count(depth);
        const lines = this.#lines;
        const indent = firstAt - lines[first].start;
        const pairs = [];
        const items = [];
        let i = first;
        let at = firstAt;
        for (; ; ) {
          const value = isMapping ? this.pair(i, at, indent, depth, pairs) : this.value(i, at + 1, indent, false, depth + 1);
          if (!isMapping) items.push(value.read.node);
          const next = this.nextSignificant(value.next);
          const nextLine = lines[next];
          const atIndent = nextLine?.kind === 3 /* Content */ && nextLine.indent === indent;
          if (atIndent && this.isSequenceEntry(nextLine.start + indent, nextLine.end) !== isMapping) {
            i = next;
            at = nextLine.start + indent;
            continue;
          }
          if (nextLine?.kind === 3 /* Content */ && (nextLine.indent > indent || isMapping && atIndent)) uncommon();
          const span = spanOf(this.text, this.#position, firstAt, value.read.end);
          const node = isMapping ? { kind: "map", pairs, span } : { kind: "seq", items, span };
          return this.close(node, indent, value.read.end, value.next, next);
        }
      }
      /** `key: value` at offset `at` of line `i`, added to `pairs`. */
      pair(i, at, indent, depth, pairs) {
        const key = this.scalar(at, this.#lines[i].end, false);
        if (key.colonEnd === -1 || key.colonEnd - key.start > 1e3) uncommon();
        const keyNode = this.toScalar(key, depth + 1);
        if (keyNode.text === "<<" && (key.style === "plain" || key.raw === "<<")) uncommon();
        const value = this.value(i, key.colonEnd, indent, true, depth + 1);
        const valueSpan = value.read.node.span;
        pairs.push({
          key: keyNode.text,
          keySpan: keyNode.span,
          value: value.read.node,
          span: { line: keyNode.span.line, column: keyNode.span.column, endLine: valueSpan.endLine, endColumn: valueSpan.endColumn }
        });
        return value;
      }
      /**
       * A collection ends. The comment lines between its last item and what follows stay with it
       * (its range[2] then covers them) unless it is at column 0 or every one is indented less
       * than it: then they pass to its parent (the yaml package's Parser.pop).
       */
      close(node, indent, end, after, next) {
        let lastComment = -1;
        let stays = false;
        for (let i = after; i < next; i++) {
          const line = this.#lines[i];
          if (line.kind !== 1 /* Comment */) continue;
          lastComment = line.end;
          if (line.indent >= indent) stays = true;
        }
        if (lastComment !== -1 && indent !== 0 && stays) return { read: { node, end: lastComment }, next };
        return { read: { node, end }, next: after };
      }
      /**
       * The value after `key:` or `-` (from offset `from` of line `i`) in a collection indented
       * `indent`: a scalar on the same line, a collection on the lines below, or nothing.
       */
      value(i, from, indent, ofMapping, depth) {
        const lines = this.#lines;
        const line = lines[i];
        const at = this.skipSpaces(from, line.end);
        if (at === line.end || this.text.charCodeAt(at) === HASH) {
          let commentEnd = -1;
          if (at < line.end) {
            this.comment(at, line.end);
            commentEnd = line.end;
          }
          const next2 = this.nextSignificant(i + 1);
          const below = lines[next2];
          if (below?.kind === 3 /* Content */) {
            const belowAt = below.start + below.indent;
            const sequenceHere = ofMapping && below.indent === indent && this.isSequenceEntry(belowAt, below.end);
            if (below.indent > indent || sequenceHere) return this.block(next2, belowAt, depth);
          }
          for (let c = i + 1; c < next2; c++) {
            if (lines[c].kind !== 1 /* Comment */) continue;
            if (below?.kind === 2 /* Marker */) uncommon();
            commentEnd = lines[c].end;
          }
          this.count(depth);
          const empty = emptyScalar(this.text, this.#position, at);
          return { read: { node: empty, end: commentEnd === -1 ? at : commentEnd }, next: next2 };
        }
        if (!ofMapping && this.isSequenceEntry(at, line.end)) uncommon();
        let node;
        let end;
        let last = i;
        const opening = this.text.charCodeAt(at);
        if (opening === PIPE) return this.literalBlock(i, at, indent, depth);
        if (opening === OPEN_BRACE) {
          if (this.text.charCodeAt(at + 1) !== CLOSE_BRACE) uncommon();
          this.count(depth);
          end = at + 2;
          node = { kind: "map", pairs: [], span: spanOf(this.text, this.#position, at, end) };
        } else if (opening === OPEN_BRACKET) {
          ({ node, end } = this.flowSequence(at, line.end, depth));
        } else {
          const scanned = this.scalar(at, line.end, false);
          if (scanned.colonEnd !== -1) {
            if (ofMapping) uncommon();
            return this.collection(i, at, depth, true);
          }
          const folded = scanned.style === "plain" && this.skipSpaces(scanned.end, line.end) === line.end ? this.foldLines(scanned, i, indent) : { scanned, last: i };
          node = this.toScalar(folded.scanned, depth);
          end = folded.scanned.end;
          last = folded.last;
        }
        const lastEnd = lines[last].end;
        const rest = this.skipSpaces(end, lastEnd);
        if (rest < lastEnd) {
          if (rest === end || this.text.charCodeAt(rest) !== HASH) uncommon();
          this.comment(rest, lastEnd);
          end = lastEnd;
        }
        let next = last + 1;
        for (let c = last + 1; c < lines.length; c++) {
          const below = lines[c];
          if (below.kind === 0 /* Blank */) continue;
          if (below.kind !== 1 /* Comment */ || below.indent <= indent) break;
          end = below.end;
          next = c + 1;
        }
        return { read: { node, end }, next };
      }
      /**
       * A literal block scalar, `|` or `|-` at offset `header` of line `i`, in a collection indented
       * `indent`: the lines below indented deeper, as written, joined by line breaks, with one
       * final line break for `|`. Lines of spaces, comment-like or less-indented lines inside
       * it, leading empty lines and `|+` are left to the yaml package.
       */
      literalBlock(i, header, indent, depth) {
        const text = this.text;
        const lines = this.#lines;
        let at = header + 1;
        const strip = text.charCodeAt(at) === DASH;
        if (strip) at++;
        const rest = this.skipSpaces(at, lines[i].end);
        if (rest < lines[i].end) {
          if (rest === at || text.charCodeAt(rest) !== HASH) uncommon();
          this.comment(rest, lines[i].end);
        }
        let contentIndent = -1;
        let last = i;
        const parts = [];
        let c = i + 1;
        for (; c < lines.length; c++) {
          const line = lines[c];
          if (line.kind === 0 /* Blank */) {
            if (line.end > line.start || contentIndent === -1) uncommon();
            parts.push("");
            continue;
          }
          if (contentIndent === -1) {
            if (line.indent <= indent) uncommon();
            contentIndent = line.indent;
          }
          if (line.indent < contentIndent) break;
          if (line.kind !== 3 /* Content */) uncommon();
          parts.push(text.slice(line.start + contentIndent, line.end));
          last = c;
        }
        if (contentIndent === -1 || c < lines.length && lines[c].indent > indent) uncommon();
        parts.length -= c - 1 - last;
        const value = strip ? parts.join("\n") : `${parts.join("\n")}
`;
        const end = lines[last].end;
        const node = this.toScalar({ start: header, end, style: "literal", raw: value, colonEnd: -1 }, depth);
        return { read: { node, end }, next: last + 1 };
      }
      /**
       * A plain scalar continued on the lines below it, indented deeper than the collection
       * (`indent`): the lines are joined by a space, or by a line break per empty line between
       * them (YAML's line folding). A continuation that could be read otherwise (an indicator
       * first, a `key:`) is left to the yaml package; a comment ends the scalar.
       */
      foldLines(first, i, indent) {
        const lines = this.#lines;
        let raw = first.raw;
        let end = first.end;
        let last = i;
        let breaks = 0;
        for (let c = i + 1; c < lines.length; c++) {
          const line = lines[c];
          if (line.kind === 0 /* Blank */) {
            breaks++;
            continue;
          }
          if (line.kind !== 3 /* Content */ || line.indent <= indent) break;
          const at = line.start + line.indent;
          const code2 = this.text.charCodeAt(at);
          if (NOT_PLAIN_START.has(code2) || code2 === DASH) uncommon();
          const piece = this.scalar(at, line.end, false);
          if (piece.colonEnd !== -1) uncommon();
          raw += breaks === 0 ? ` ${piece.raw}` : "\n".repeat(breaks) + piece.raw;
          end = piece.end;
          last = c;
          breaks = 0;
          if (this.skipSpaces(piece.end, line.end) < line.end) break;
        }
        if (last !== i && plainValue(raw) !== raw) uncommon();
        return { scanned: { ...first, raw, end }, last };
      }
      /** `[a, "b", 1]` on one line: scalars only. */
      flowSequence(open, lineEnd, depth) {
        this.count(depth);
        const text = this.text;
        const items = [];
        let at = this.skipSpaces(open + 1, lineEnd);
        while (text.charCodeAt(at) !== CLOSE_BRACKET) {
          const item = this.scalar(at, lineEnd, true);
          items.push(this.toScalar(item, depth + 1));
          at = this.skipSpaces(item.end, lineEnd);
          const separator = text.charCodeAt(at);
          if (separator === COMMA) at = this.skipSpaces(at + 1, lineEnd);
          else if (separator !== CLOSE_BRACKET) uncommon();
        }
        const end = at + 1;
        return { node: { kind: "seq", items, span: spanOf(text, this.#position, open, end) }, end };
      }
      /**
       * A one-line scalar at `at`, and whether `:` follows it (an implicit key). In a flow
       * sequence (`flow`) a plain scalar also ends at a flow indicator.
       */
      scalar(at, lineEnd, flow) {
        const text = this.text;
        if (at >= lineEnd) uncommon();
        const first = text.charCodeAt(at);
        let end;
        let raw;
        let style;
        if (first === 39) {
          let close = at + 1;
          for (; ; ) {
            close = text.indexOf("'", close);
            if (close === -1 || close >= lineEnd) uncommon();
            if (text.charCodeAt(close + 1) !== 39) break;
            close += 2;
          }
          end = close + 1;
          raw = text.slice(at + 1, close).replaceAll("''", "'");
          style = "single";
        } else if (first === 34) {
          raw = "";
          let close = at + 1;
          let verbatimFrom = close;
          for (; ; ) {
            if (close >= lineEnd) uncommon();
            const code2 = text.charCodeAt(close);
            if (code2 === 34) break;
            if (code2 !== BACKSLASH2) {
              close++;
              continue;
            }
            raw += text.slice(verbatimFrom, close);
            const escape = text[close + 1] ?? "";
            const decoded = DOUBLE_QUOTE_ESCAPES.get(escape);
            if (decoded !== void 0) {
              raw += decoded;
              close += 2;
            } else {
              const digits = escape === "x" ? 2 : escape === "u" ? 4 : escape === "U" ? 8 : 0;
              const hex = text.slice(close + 2, close + 2 + digits);
              if (digits === 0 || close + 2 + digits > lineEnd || !HEX_DIGITS.test(hex)) uncommon();
              const point = parseInt(hex, 16);
              if (point > 1114111) uncommon();
              raw += String.fromCodePoint(point);
              close += 2 + digits;
            }
            verbatimFrom = close;
          }
          raw += text.slice(verbatimFrom, close);
          end = close + 1;
          style = "double";
        } else {
          const second = text.charCodeAt(at + 1);
          if (NOT_PLAIN_START.has(first) || first === DASH && (at + 1 === lineEnd || second === SPACE || flow && FLOW_INDICATORS.has(second))) uncommon();
          let stop = at + 1;
          for (; stop < lineEnd; stop++) {
            const code2 = text.charCodeAt(stop);
            if (code2 === COLON && (stop + 1 === lineEnd || text.charCodeAt(stop + 1) === SPACE || flow && FLOW_INDICATORS.has(text.charCodeAt(stop + 1)))) break;
            if (code2 === HASH && text.charCodeAt(stop - 1) === SPACE) break;
            if (flow && FLOW_INDICATORS.has(code2)) break;
          }
          if (flow && stop === lineEnd) uncommon();
          end = stop;
          while (text.charCodeAt(end - 1) === SPACE) end--;
          raw = text.slice(at, end);
          style = "plain";
        }
        const after = this.skipSpaces(end, lineEnd);
        const isKey = after < lineEnd && text.charCodeAt(after) === COLON && (after + 1 === lineEnd || text.charCodeAt(after + 1) === SPACE);
        return { start: at, end, style, raw, colonEnd: isKey ? after + 1 : -1 };
      }
      toScalar(scanned, depth) {
        this.count(depth);
        const value = scanned.style === "plain" ? plainValue(scanned.raw) : scanned.raw;
        const text = value === null ? "" : typeof value === "string" ? value : typeof value === "boolean" ? String(value) : scanned.raw;
        return {
          kind: "scalar",
          value,
          text,
          style: scanned.style,
          span: spanOf(this.text, this.#position, scanned.start, scanned.end),
          viaAlias: false,
          runs: scalarRuns(this.text, this.#position, text, scanned.style, scanned.start, scanned.end)
        };
      }
    };
  }
});

// src/parse/yaml.ts
function parseYaml(text) {
  if (looksWide(text)) return { ok: false, error: { line: 1, column: 1, message: wideEncodingMessage("YAML") } };
  noteCodePath("parser:yaml");
  const common = readCommonYaml(text, MAX_YAML_NODES, MAX_DEPTH);
  return common ? { ok: true, value: common } : parseYamlFully(text);
}
function parseYamlFully(text) {
  const { Composer, LineCounter, Parser } = yamlLib();
  const lineCounter = new LineCounter();
  let documents;
  let tokens2;
  try {
    [tokens2, documents] = withoutYamlDebugOutput(() => {
      const read2 = [...new Parser(lineCounter.addNewLine).parse(text)];
      const composer = new Composer(YAML_FILE_OPTIONS);
      return [read2, [...composer.compose(read2, true, text.length)]];
    });
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: "YAML nested too deeply to read" } };
    throw error;
  }
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };
  for (const document of documents) {
    const error = document.errors[0];
    if (error) {
      const at = position(error.pos[0]);
      return { ok: false, error: { ...at, message: `not valid YAML (${describeCode(error.code)})` } };
    }
  }
  const converter = new Converter(text, position);
  const out = [];
  try {
    for (const document of documents) {
      const contents = document.contents;
      const root = contents ? converter.node(contents, document, 0, false) : void 0;
      out.push({ root: root?.kind === "scalar" && root.value === null ? void 0 : root });
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, error: { line: 1, column: 1, message: `YAML aliases expand to more than ${MAX_YAML_NODES} nodes; not read` } };
    if (error instanceof TooDeep || error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: "YAML nested too deeply to read" } };
    throw error;
  }
  return { ok: true, value: { documents: out, comments: collectComments(tokens2, position) } };
}
function describeCode(code2) {
  return code2.toLowerCase().replace(/_/g, " ");
}
function styleOf(type) {
  switch (type) {
    case "QUOTE_SINGLE":
      return "single";
    case "QUOTE_DOUBLE":
      return "double";
    case "BLOCK_LITERAL":
      return "literal";
    case "BLOCK_FOLDED":
      return "folded";
    default:
      return "plain";
  }
}
function collectComments(tokens2, position) {
  const out = [];
  const stack = [tokens2];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== "object") continue;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    const token = item;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      out.push({ line: position(token.offset).line, text: token.source.slice(1) });
      continue;
    }
    for (const value of Object.values(item)) if (value && typeof value === "object") stack.push(value);
  }
  return out.sort((a, b) => a.line - b.line);
}
function scalarPosition(scalar, offset) {
  for (const run2 of scalar.runs) {
    if (offset >= run2.offset && offset <= run2.offset + run2.length) return { line: run2.line, column: run2.column + (offset - run2.offset) };
  }
  return void 0;
}
function scalarSubSpan(scalar, start, end) {
  const from = scalarPosition(scalar, start);
  const to = end > start ? scalarPosition(scalar, end - 1) : from;
  if (!from || !to) return void 0;
  return { line: from.line, column: from.column, endLine: to.line, endColumn: end > start ? to.column + 1 : to.column };
}
function mapGet(map, key) {
  if (!map || map.kind !== "map") return void 0;
  for (let i = map.pairs.length - 1; i >= 0; i--) if (map.pairs[i].key === key) return map.pairs[i];
  return void 0;
}
function nodeAt(root, path) {
  let node = root;
  for (const key of path) {
    node = mapGet(node, key)?.value;
    if (!node) return void 0;
  }
  return node;
}
var MAX_YAML_NODES, MAX_DEPTH, BudgetExceeded, TooDeep, YAML_FILE_OPTIONS, Converter;
var init_yaml = __esm({
  "src/parse/yaml.ts"() {
    "use strict";
    init_yaml_lib();
    init_encoding();
    init_code_paths();
    init_yaml_common();
    init_yaml_span();
    MAX_YAML_NODES = 2e5;
    MAX_DEPTH = 500;
    BudgetExceeded = class extends Error {
    };
    TooDeep = class extends Error {
    };
    YAML_FILE_OPTIONS = { version: "1.2", schema: "core", merge: true, uniqueKeys: false, customTags: [], resolveKnownTags: true };
    Converter = class {
      constructor(text, position) {
        this.text = text;
        this.position = position;
      }
      text;
      position;
      #nodes = 0;
      #aliasedScalars = /* @__PURE__ */ new Map();
      #aliasTargets = /* @__PURE__ */ new Map();
      span(start, rawEnd) {
        return spanOf(this.text, this.position, start, rawEnd);
      }
      node(node, document, depth, viaAlias) {
        if (++this.#nodes > MAX_YAML_NODES) throw new BudgetExceeded();
        if (depth > MAX_DEPTH) throw new TooDeep();
        if (isAlias(node)) {
          let target = this.#aliasTargets.get(node);
          if (target === void 0) {
            target = node.resolve(document) ?? null;
            this.#aliasTargets.set(node, target);
          }
          if (!target) return this.emptyScalar(node.range?.[0] ?? 0);
          return this.node(target, document, depth + 1, true);
        }
        const range = node.range ?? [0, 0, 0];
        if (isMap(node)) {
          const merged = [];
          const explicit = [];
          for (const pair of node.items) {
            const key = pair.key;
            const value = pair.value;
            if (key && isScalar(key) && (typeof key.value === "symbol" || key.source === "<<") && value) {
              merged.push(...this.mergePairs(value, document, depth + 1));
              continue;
            }
            if (key && !isScalar(key) && !isAlias(key)) continue;
            const keyNode = key ? this.node(key, document, depth + 1, viaAlias) : this.emptyScalar(range[0]);
            if (keyNode.kind !== "scalar") continue;
            const keyRange = key?.range ?? [range[0], range[0]];
            const keySpan = keyNode.viaAlias || !key ? keyNode.span : this.span(keyRange[0], keyRange[1]);
            const valueNode = value ? this.node(value, document, depth + 1, viaAlias) : this.emptyScalar(keyRange[1]);
            explicit.push({
              key: keyNode.text,
              keySpan,
              value: valueNode,
              span: { line: keySpan.line, column: keySpan.column, endLine: valueNode.span.endLine, endColumn: valueNode.span.endColumn }
            });
          }
          const explicitKeys = new Set(explicit.map((pair) => pair.key));
          const seen = /* @__PURE__ */ new Set();
          const fromMerge = merged.filter((pair) => {
            if (explicitKeys.has(pair.key) || seen.has(pair.key)) return false;
            seen.add(pair.key);
            return true;
          });
          return { kind: "map", pairs: [...fromMerge, ...explicit], span: this.span(range[0], range[1]) };
        }
        if (isSeq(node)) {
          const items = node.items.map((item) => item ? this.node(item, document, depth + 1, viaAlias) : this.emptyScalar(range[0]));
          return { kind: "seq", items, span: this.span(range[0], range[1]) };
        }
        if (isScalar(node)) {
          const cached2 = viaAlias ? this.#aliasedScalars.get(node) : void 0;
          if (cached2) return cached2;
          const scalar = this.scalar(node, viaAlias);
          if (viaAlias) this.#aliasedScalars.set(node, scalar);
          return scalar;
        }
        return this.emptyScalar(range[0]);
      }
      /** `<<: *a` or `<<: [*a, *b]`: earlier maps win over later ones (YAML 1.1 merge). */
      mergePairs(value, document, depth) {
        const sources = isSeq(value) ? value.items : [value];
        const out = [];
        for (const source of sources) {
          if (!source) continue;
          const converted = this.node(source, document, depth, true);
          if (converted.kind === "map") out.push(...converted.pairs);
        }
        const seen = /* @__PURE__ */ new Set();
        return out.filter((pair) => seen.has(pair.key) ? false : (seen.add(pair.key), true));
      }
      emptyScalar(offset) {
        return emptyScalar(this.text, this.position, offset);
      }
      scalar(node, viaAlias) {
        const range = node.range ?? [0, 0, 0];
        const raw = node.value;
        const value = raw === null || raw === void 0 ? null : typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : String(raw);
        const style = styleOf(node.type);
        const source = this.text.slice(range[0], range[1]);
        let text;
        if (typeof raw === "string") text = raw;
        else if (value === null) text = "";
        else if (typeof raw === "boolean") text = String(raw);
        else text = style === "plain" ? source.trim() : String(raw);
        return { kind: "scalar", value, text, style, span: this.span(range[0], range[1]), viaAlias, runs: this.runs(text, style, range[0], range[1]) };
      }
      runs(text, style, start, end) {
        return scalarRuns(this.text, this.position, text, style, start, end);
      }
    };
  }
});

// src/model/adapters/env-names.ts
function confluentEnvKey(name) {
  return name.toLowerCase().replace(/(?<=[^_])_(?=[^_])/g, ".").replace(/___/g, "-").replace(/__/g, "_");
}
function apacheEnvKey(name) {
  const single = name.replace(/[^_]_[^_]/g, (match) => match.replace("_", "."));
  return single.replace(/___/g, "-").replace(/__/g, "_").toLowerCase();
}
function simpleEnvKey(name) {
  return name.toLowerCase().replace(/_/g, ".");
}
function bitnamiEnvKey(nameAfterPrefix) {
  if (nameAfterPrefix === "ZOOKEEPER_CLIENTCNXNSOCKET") return "zookeeper.clientCnxnSocket";
  return simpleEnvKey(nameAfterPrefix).replace(/sasl\.ssl/g, "sasl_ssl").replace(/sasl\.plaintext/g, "sasl_plaintext");
}
function springMapKey(name) {
  return simpleEnvKey(name);
}
var init_env_names = __esm({
  "src/model/adapters/env-names.ts"() {
    "use strict";
  }
});

// src/model/adapters/yaml-nodes.ts
function textOf(node) {
  if (!node || node.kind !== "scalar" || node.value === null) return void 0;
  return node.text;
}
function textAt(root, path) {
  return textOf(nodeAt(root, path));
}
function isTrue2(node) {
  if (!node || node.kind !== "scalar") return false;
  if (node.value === true) return true;
  return typeof node.value === "string" && /^(true|yes|on)$/i.test(node.value) && node.style === "plain";
}
function isFalse(node) {
  if (!node || node.kind !== "scalar") return false;
  if (node.value === false) return true;
  return typeof node.value === "string" && /^(false|no|off)$/i.test(node.value) && node.style === "plain";
}
function configValue(node) {
  if (node.kind !== "scalar" || node.value === null) return void 0;
  return node.text;
}
function pairEntry(pair, options = {}) {
  const value = configValue(pair.value);
  if (value === void 0) return void 0;
  return createEntry({
    key: options.key ?? pair.key,
    value,
    span: joinSpans(pair.keySpan, pair.value.span),
    valueSpan: valueSpanOf(pair.value),
    ...options.origin !== void 0 ? { origin: options.origin } : {},
    ...options.isTemplate ? { isTemplate: true } : {}
  });
}
function valueSpanOf(node) {
  if (node.kind === "scalar" && node.text !== "") {
    const inner = scalarSubSpan(node, 0, node.text.length);
    if (inner) return inner;
  }
  return node.span;
}
function impliedEntry(key, value, at, origin, options = {}) {
  return createEntry({
    key,
    value,
    span: at,
    valueSpan: options.valueSpan ?? at,
    origin,
    ...options.isTemplate ? { isTemplate: true } : {}
  });
}
function keyOnly(pair, fallback) {
  return pair ? pair.keySpan : fallback;
}
function partSpan(scalar, start, end) {
  return scalarSubSpan(scalar, start, end) ?? scalar.span;
}
function itemsOf(node) {
  if (!node) return [];
  return node.kind === "seq" ? node.items : [node];
}
function pairsOf(node) {
  return node && node.kind === "map" ? node.pairs : [];
}
var init_yaml_nodes = __esm({
  "src/model/adapters/yaml-nodes.ts"() {
    "use strict";
    init_yaml();
    init_entry();
    init_location();
  }
});

// src/model/adapters/compose.ts
function isComposeFile(root, file) {
  const services = mapGet(root, "services")?.value;
  if (services?.kind === "map") return services.pairs.some((pair) => isServiceLike(pair.value));
  return /compose[^/]*\.ya?ml$/i.test(file) && root?.kind === "map" && root.pairs.length > 0 && root.pairs.every((pair) => isServiceLike(pair.value) && (mapGet(pair.value, "image") !== void 0 || mapGet(pair.value, "build") !== void 0));
}
function isServiceLike(node) {
  return node.kind === "map" && node.pairs.some((pair) => SERVICE_KEYS.has(pair.key));
}
function composeToDrafts(root, file) {
  const servicesNode = mapGet(root, "services")?.value;
  const services = servicesNode?.kind === "map" ? servicesNode.pairs : root.pairs;
  const group = `compose:${file}`;
  const drafts = [];
  for (const service of services) {
    if (service.value.kind !== "map") continue;
    drafts.push(...serviceDrafts(service, group));
  }
  return drafts;
}
function serviceDrafts(service, group) {
  const node = service.value;
  const imagePair = mapGet(node, "image");
  const image = parseImage(textOf(imagePair?.value));
  const env = environmentOf(mapGet(node, "environment")?.value);
  const names = new Set(env.map((item) => item.name));
  const family = familyOf(image, names);
  const at = imagePair ? imagePair.keySpan : service.keySpan;
  const drafts = [];
  const version = image ? kafkaVersionOf(family, image) : void 0;
  const base = { group, ...version ? { kafkaVersion: version, kafkaVersionSource: `image ${image.text}` } : {} };
  const overlay = !imagePair && !mapGet(node, "build") && !mapGet(node, "extends");
  const overlayNotes = (entries) => overlay && entries[0] ? [{ kind: COMPOSE_OVERLAY, entry: entries[0], detail: `service ${service.key} has no image: it overrides a service of another compose file, so keys it does not set are unknown here, not Kafka defaults` }] : [];
  const runsTool = mapGet(node, "command") !== void 0 || mapGet(node, "entrypoint") !== void 0;
  switch (family.kind) {
    case "confluent-broker":
    case "apache":
    case "bitnami":
    case "debezium-kafka":
    case "simple-broker": {
      const { entries, notes } = brokerEntries(family.kind, env, at, family.guessed, image);
      const configured = entries.some((entry) => !entry.key.startsWith("-D") && !entry.origin?.includes("image default"));
      if (!configured && (family.kind === "confluent-broker" || runsTool)) break;
      notes.push(...overlayNotes(entries));
      const roles = rolesFrom(entries);
      drafts.push({ format: "compose", roles, entries, name: service.key, ...base, ...notes.length > 0 ? { notes } : {} });
      break;
    }
    case "confluent-connect":
    case "debezium-connect": {
      const entries = workerEntries(family.kind, env, family.guessed);
      if (!entries.some((entry) => !entry.key.startsWith("-D")) && (family.kind === "confluent-connect" || runsTool)) break;
      const notes = overlayNotes(entries);
      drafts.push({ format: "compose", roles: ["worker"], entries, name: service.key, ...base, ...notes.length > 0 ? { notes } : {} });
      break;
    }
    case "confluent-component": {
      const component = CONFLUENT_COMPONENTS[image.name];
      const entries = componentEntries(component, env);
      if (entries.length === 0) break;
      const notes = [{ kind: COMPONENT_SETTINGS, entry: entries[0], detail: `${component.label} (${image.text}) logs in to Kafka with credentials of its own: only the secrets its settings hold are judged` }];
      drafts.push({ format: "compose", roles: ["client"], entries, name: service.key, group, notes });
      break;
    }
    case "kafka-ui":
      drafts.push(...kafkaUiDrafts(service.key, env, group));
      break;
    default:
      break;
  }
  drafts.push(...commandConnectors(node, service.key, group));
  return drafts;
}
function parseImage(text) {
  if (!text) return void 0;
  const withoutDigest = text.split("@")[0];
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const segments = path.split("/");
  return {
    text,
    name: segments[segments.length - 1].toLowerCase(),
    owner: (segments[segments.length - 2] ?? "").toLowerCase(),
    tag: hasTag ? withoutDigest.slice(colon + 1) : void 0
  };
}
function familyOf(image, env) {
  const known = image ? familyOfImage(image) : void 0;
  if (known) return { kind: known, guessed: false };
  if (image && !/\$\{?|\{\$/.test(image.text) && isOtherKnownImage(image)) return { kind: "other", guessed: false };
  if ([...env].some((name) => WORKER_VARIABLE.test(name))) return { kind: "confluent-connect", guessed: true };
  if ([...env].some((name) => BROKER_VARIABLE.test(name))) return { kind: "confluent-broker", guessed: true };
  if ([...env].some((name) => name.startsWith("KAFKA_CFG_"))) return { kind: "bitnami", guessed: true };
  return { kind: "other", guessed: false };
}
function familyOfImage(image) {
  const { owner, name } = image;
  if (/^cp-(kafka|server)-connect(-base)?$/.test(name) || name === "cp-enterprise-replicator") return "confluent-connect";
  if (name === "cp-kafka" || name === "cp-enterprise-kafka" || name === "cp-server" || name === "confluent-local" || /^cp-server-(?!connect)[a-z0-9-]+$/.test(name)) {
    return "confluent-broker";
  }
  if (owner === "apache" && (name === "kafka" || name === "kafka-native")) return "apache";
  if (name === "kafka" && /^bitnami/.test(owner)) return "bitnami";
  if (name === "kafka" && owner === "debezium") return "debezium-kafka";
  if (name === "kafka" && owner === "wurstmeister" || name === "example-kafka" && owner === "strimzi") return "simple-broker";
  if ((name === "connect" || name === "connect-base") && owner === "debezium") return "debezium-connect";
  if (name === "kafka-ui") return "kafka-ui";
  if (Object.hasOwn(CONFLUENT_COMPONENTS, name)) return "confluent-component";
  return void 0;
}
function isOtherKnownImage(image) {
  return /^cp-|^ksqldb|^confluent-/.test(image.name) && image.owner === "confluentinc";
}
function environmentOf(node) {
  if (!node) return [];
  const out = [];
  if (node.kind === "map") {
    for (const pair of node.pairs) {
      const value = pair.value;
      const scalar = value.kind === "scalar" ? value : void 0;
      out.push({
        name: pair.key,
        raw: scalar && scalar.value !== null ? scalar.text : void 0,
        nameSpan: pair.keySpan,
        valueSpan: scalar && scalar.value !== null ? valueSpanOf(scalar) : pair.keySpan,
        span: joinSpans(pair.keySpan, value.span),
        scalar,
        valueOffset: 0
      });
    }
  } else if (node.kind === "seq") {
    for (const item of node.items) {
      if (item.kind !== "scalar" || item.value === null) continue;
      const text = item.text;
      const equals = text.indexOf("=");
      const name = (equals === -1 ? text : text.slice(0, equals)).trim();
      if (name === "") continue;
      out.push({
        name,
        raw: equals === -1 ? void 0 : text.slice(equals + 1),
        nameSpan: partSpan(item, 0, equals === -1 ? text.length : equals),
        valueSpan: equals === -1 ? item.span : partSpan(item, equals + 1, text.length),
        span: item.span,
        scalar: item,
        valueOffset: equals + 1
      });
    }
  }
  return out;
}
function composeValue(raw, name) {
  if (raw === void 0) return { value: `\${${name}}`, isTemplate: true };
  let isTemplate = false;
  let value = "";
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === "$") {
      const next = raw[i + 1];
      if (next === "$") {
        value += "$";
        i++;
        continue;
      }
      if (next === "{" || next !== void 0 && /[A-Za-z_]/.test(next)) isTemplate = true;
    }
    value += char;
  }
  return { value, isTemplate };
}
function envEntry(variable, key, origin) {
  const { value, isTemplate } = composeValue(variable.raw, variable.name);
  return createEntry({
    key,
    value,
    span: variable.span,
    valueSpan: variable.valueSpan,
    origin: origin ?? `environment ${variable.name}`,
    ...isTemplate ? { isTemplate: true } : {}
  });
}
function jvmFlagEntries(variable) {
  if (variable.raw === void 0) return [];
  const out = [];
  for (const match of variable.raw.matchAll(/\S+/g)) {
    const word = match[0];
    if (!word.startsWith("-D") || word.length < 3) continue;
    const equals = word.indexOf("=");
    const key = equals === -1 ? word : word.slice(0, equals);
    const rawValue = equals === -1 ? "" : word.slice(equals + 1);
    const { value, isTemplate } = composeValue(rawValue, key);
    const start = variable.valueOffset + match.index;
    const span = variable.scalar ? partSpan(variable.scalar, start, start + word.length) : variable.span;
    const valueSpan = variable.scalar && equals !== -1 ? partSpan(variable.scalar, start + equals + 1, start + word.length) : span;
    out.push(createEntry({ key, value, span, valueSpan, origin: `environment ${variable.name}`, ...isTemplate ? { isTemplate: true } : {} }));
  }
  return out;
}
function componentEntries(component, env) {
  const entries = [];
  for (const variable of env) {
    if (variable.name.endsWith("_OPTS")) {
      entries.push(...jvmFlagEntries(variable));
      continue;
    }
    if (variable.name.includes("_LOG4J_")) continue;
    const origin = `environment ${variable.name} of ${component.label}`;
    const exact = component.exact?.[variable.name];
    if (exact !== void 0) {
      entries.push(envEntry(variable, exact, origin));
      continue;
    }
    const prefix = component.prefixes.find(([name]) => variable.name.startsWith(name));
    if (prefix) entries.push(envEntry(variable, envToProperty(variable.name, ...prefix), origin));
  }
  return entries.filter((entry) => secretsInEntry(entry).length > 0);
}
function envToProperty(name, variablePrefix, propertyPrefix = "") {
  return name.startsWith(variablePrefix) ? `${propertyPrefix}${confluentEnvKey(name.slice(variablePrefix.length))}` : void 0;
}
function brokerEntries(family, env, at, guessed, image) {
  const entries = [];
  const notes = [];
  const suffix = guessed ? " (image not recognised; decoded as the Confluent and Apache images do)" : "";
  const byName = new Map(env.map((variable) => [variable.name, variable]));
  const credentials = [];
  for (const variable of env) {
    if (JVM_OPTION_VARIABLES.has(variable.name)) {
      entries.push(...jvmFlagEntries(variable));
      continue;
    }
    const credential = family === "bitnami" ? BITNAMI_CREDENTIALS[variable.name] : void 0;
    if (credential) {
      if (variable.raw !== void 0 && variable.raw !== "") credentials.push(envEntry(variable, credential.key, `environment ${variable.name}, which bitnami/kafka writes to ${credential.writes}`));
      continue;
    }
    const key = brokerKey(family, variable.name, image);
    if (key === void 0) continue;
    if (key === null) {
      const helper = SSL_HELPERS[variable.name];
      if (helper && variable.raw !== void 0) {
        const { value, isTemplate } = composeValue(variable.raw, variable.name);
        entries.push(
          createEntry({
            key: helper.key,
            value: helper.value(value),
            span: variable.span,
            valueSpan: variable.valueSpan,
            origin: `environment ${variable.name} (read by the image's configure script)`,
            ...helper.secret || isTemplate ? { isTemplate: true } : {}
          })
        );
      }
      continue;
    }
    if (family === "bitnami" && (variable.raw === void 0 || variable.raw === "")) {
      const skipped = envEntry(variable, key);
      notes.push({ kind: IMAGE_IGNORED_VARIABLE, entry: skipped, detail: `bitnami/kafka ignores the empty variable ${variable.name}` });
      continue;
    }
    entries.push(envEntry(variable, key, `environment ${variable.name}${suffix}`));
  }
  entries.push(...credentials);
  const listeners = byName.get("KAFKA_LISTENERS") ?? byName.get("KAFKA_CFG_LISTENERS");
  const advertised = byName.get("KAFKA_ADVERTISED_LISTENERS");
  const processRoles = byName.get("KAFKA_PROCESS_ROLES")?.raw?.trim();
  if ((family === "confluent-broker" || family === "apache") && !listeners && advertised?.raw !== void 0 && processRoles !== "controller") {
    const { value, isTemplate } = composeValue(advertised.raw, advertised.name);
    entries.push(
      createEntry({
        key: "listeners",
        value: value.replace(/:\/\/[^:]*:/g, "://0.0.0.0:"),
        span: advertised.span,
        valueSpan: advertised.valueSpan,
        origin: "environment KAFKA_ADVERTISED_LISTENERS (listeners derived by the image)",
        ...isTemplate ? { isTemplate: true } : {}
      })
    );
  }
  if (family === "debezium-kafka") entries.push(...debeziumKafkaDefaults(byName, at));
  return { entries, notes };
}
function brokerKey(family, name, image) {
  switch (family) {
    case "confluent-broker":
      if (name.startsWith("CONFLUENT_SUPPORT_")) return envToProperty(name, "CONFLUENT_SUPPORT_", "confluent.support.");
      if (name.startsWith("CONFLUENT_METRICS_")) return image?.name === "cp-kafka" || image?.name === "confluent-local" ? void 0 : envToProperty(name, "CONFLUENT_METRICS_", "confluent.metrics.");
      if (!name.startsWith("KAFKA_") || IMAGE_EXCLUDED.has(name)) return void 0;
      if (name in SSL_HELPERS) return null;
      if (name === "KAFKA_ZOOKEEPER_CLIENT_CNXN_SOCKET") return "zookeeper.clientCnxnSocket";
      return envToProperty(name, "KAFKA_");
    case "apache":
      if (!name.startsWith("KAFKA_") || IMAGE_EXCLUDED.has(name)) return void 0;
      if (name in SSL_HELPERS) return null;
      return apacheEnvKey(name.slice("KAFKA_".length));
    case "bitnami":
      return name.startsWith("KAFKA_CFG_") ? bitnamiEnvKey(name.slice("KAFKA_CFG_".length)) : void 0;
    case "debezium-kafka":
    case "simple-broker":
      if (!name.startsWith("KAFKA_") || SIMPLE_EXCLUDED.has(name)) return void 0;
      return simpleEnvKey(name.slice("KAFKA_".length));
    default:
      return void 0;
  }
}
function debeziumKafkaDefaults(byName, at) {
  const out = [];
  const kraft = byName.has("CLUSTER_ID");
  const role = (byName.get("NODE_ROLE")?.raw ?? "combined").trim();
  const origin = "debezium/kafka image default";
  if (!byName.has("KAFKA_LISTENERS")) {
    const value = !kraft || role === "broker" ? "PLAINTEXT://:9092" : role === "controller" ? "PLAINTEXT://:9093" : "PLAINTEXT://:9092,CONTROLLER://:9093";
    out.push(impliedEntry("listeners", value, at, origin));
  }
  if (kraft) {
    const roles = role === "broker" ? "broker" : role === "controller" ? "controller" : "broker,controller";
    if (!byName.has("KAFKA_PROCESS_ROLES")) out.push(impliedEntry("process.roles", roles, byName.get("NODE_ROLE")?.span ?? at, origin));
    if (!byName.has("KAFKA_CONTROLLER_LISTENER_NAMES")) out.push(impliedEntry("controller.listener.names", "CONTROLLER", at, `${origin} (config/kraft/server.properties)`));
    if (!byName.has("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")) {
      out.push(
        impliedEntry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL", at, `${origin} (config/kraft/server.properties)`)
      );
    }
  }
  return out;
}
function rolesFrom(entries) {
  const processRoles = [...entries].reverse().find((entry) => entry.key === "process.roles" && !entry.isTemplate)?.value;
  if (processRoles !== void 0) {
    const roles = processRoles.split(",").map((role) => role.trim().toLowerCase());
    const out = [];
    if (roles.includes("broker")) out.push("broker");
    if (roles.includes("controller")) out.push("controller");
    if (out.length > 0) return out;
  }
  return ["broker"];
}
function workerEntries(family, env, guessed) {
  const entries = [];
  const suffix = guessed ? " (image not recognised; decoded as the Confluent images do)" : "";
  const explicit = new Set(env.map((variable) => variable.name));
  for (const variable of env) {
    if (JVM_OPTION_VARIABLES.has(variable.name)) {
      entries.push(...jvmFlagEntries(variable));
      continue;
    }
    if (family === "debezium-connect") {
      const mapped = DEBEZIUM_CONNECT_NAMES[variable.name];
      if (mapped !== void 0) {
        entries.push(envEntry(variable, mapped));
        continue;
      }
      if (variable.name.startsWith("CONNECT_")) {
        const key2 = simpleEnvKey(variable.name.slice("CONNECT_".length));
        if (Object.values(DEBEZIUM_CONNECT_NAMES).includes(key2) && [...explicit].some((name) => DEBEZIUM_CONNECT_NAMES[name] === key2)) continue;
        if (key2.startsWith("log4j.")) continue;
        entries.push(envEntry(variable, key2));
      }
      continue;
    }
    const key = envToProperty(variable.name, "CONNECT_");
    if (key !== void 0) entries.push(envEntry(variable, key, `environment ${variable.name}${suffix}`));
  }
  return entries;
}
function kafkaUiDrafts(service, env, group) {
  const clusters = /* @__PURE__ */ new Map();
  for (const variable of env) {
    const match = /^KAFKA_CLUSTERS_(\d+)_(.+)$/.exec(variable.name);
    if (!match) continue;
    const [, index, rest] = match;
    const cluster = clusters.get(index) ?? { name: void 0, entries: [] };
    clusters.set(index, cluster);
    if (rest === "NAME") cluster.name = variable.raw;
    else if (rest === "BOOTSTRAPSERVERS") cluster.entries.push(envEntry(variable, "bootstrap.servers"));
    else if (rest.startsWith("PROPERTIES_")) cluster.entries.push(envEntry(variable, springMapKey(rest.slice("PROPERTIES_".length))));
  }
  const out = [];
  for (const [index, cluster] of [...clusters].sort(([a], [b]) => Number(a) - Number(b))) {
    if (cluster.entries.length === 0) continue;
    out.push({ format: "compose", roles: ["client"], entries: cluster.entries, name: `${service} (kafka-ui cluster ${cluster.name ?? index})`, group });
  }
  return out;
}
function commandConnectors(service, serviceName, group) {
  const out = [];
  for (const key of ["command", "entrypoint"]) {
    for (const item of itemsOf(mapGet(service, key)?.value)) {
      if (item.kind !== "scalar" || typeof item.value !== "string") continue;
      out.push(...connectorsInScript(item, serviceName, group));
    }
  }
  return out;
}
function connectorsInScript(scalar, serviceName, group) {
  const text = scalar.text;
  const out = [];
  for (const match of text.matchAll(/(?:^|\s)(?:-d|--data|--data-raw|--data-binary)\s+'/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("'", start);
    if (end === -1) continue;
    const body = text.slice(start, end);
    if (!body.trimStart().startsWith("{")) continue;
    const parsed = parseJson(body);
    if (!parsed.ok || parsed.value.kind !== "object") continue;
    const before = text.slice(Math.max(0, text.lastIndexOf("curl", match.index)), match.index);
    const urlName = /\/connectors\/([^/\s'"?]+)\/config/.exec(before)?.[1];
    const draft = connectorFromJson(parsed.value, scalar, start, body, urlName, serviceName, group);
    if (draft) out.push(draft);
  }
  return out;
}
function connectorFromJson(root, scalar, bodyStart, body, urlName, serviceName, group) {
  const config = root.members.find((member) => member.key === "config");
  const members = config?.value.kind === "object" ? config.value.members : root.members;
  if (!members.some((member) => member.key === "connector.class")) return void 0;
  const nameMember = root.members.find((member) => member.key === "name");
  const name = nameMember?.value.kind === "string" ? nameMember.value.value : urlName;
  const offsetOf = lineStarts(body);
  const toOffset = (line, column) => (offsetOf[line - 1] ?? 0) + column - 1;
  const entries = [];
  for (const member of members) {
    const raw = jsonScalar(member.value);
    if (raw === void 0) continue;
    const { value, isTemplate } = composeValue(raw, member.key);
    const keyStart = bodyStart + toOffset(member.keySpan.line, member.keySpan.column);
    const valueStart = bodyStart + toOffset(member.value.span.line, member.value.span.column);
    const valueEnd = bodyStart + toOffset(member.value.span.endLine, member.value.span.endColumn);
    const keySpan = partSpan(scalar, keyStart, bodyStart + toOffset(member.keySpan.endLine, member.keySpan.endColumn));
    const valueSpan = partSpan(scalar, valueStart, valueEnd);
    entries.push(
      createEntry({ key: member.key, value, span: joinSpans(keySpan, valueSpan), valueSpan, origin: `command of service ${serviceName}`, ...isTemplate ? { isTemplate: true } : {} })
    );
  }
  return { format: "compose", roles: ["connector"], entries, name: name ?? `${serviceName} connector`, group };
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code2 = text.charCodeAt(i);
    if (code2 === 10) starts.push(i + 1);
    else if (code2 === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function jsonScalar(node) {
  switch (node.kind) {
    case "string":
      return node.value;
    case "number":
      return node.raw;
    case "boolean":
      return String(node.value);
    default:
      return void 0;
  }
}
function kafkaVersionOfImage(imageText) {
  const image = parseImage(imageText);
  if (!image) return void 0;
  const family = familyOfImage(image);
  return family ? kafkaVersionOf({ kind: family, guessed: false }, image) : void 0;
}
function kafkaVersionOf(family, image) {
  if (family.guessed || !image.tag) return void 0;
  const tag = image.tag;
  switch (family.kind) {
    case "apache":
    case "bitnami": {
      const match = /^(\d+\.\d+(?:\.\d+)?)(?:$|[-_])/.exec(tag);
      return match ? parseKafkaVersion(match[1]) : void 0;
    }
    case "confluent-broker":
    case "confluent-connect": {
      const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:$|[.-])/.exec(tag);
      const kafka = match ? parseKafkaVersion(CP_TO_KAFKA[`${match[1]}.${match[2]}`] ?? "") : void 0;
      if (!kafka) return void 0;
      return match[3] === "0" ? kafka : withUnknownPatch(kafka);
    }
    case "simple-broker": {
      const match = /^\d+\.\d+-(\d+\.\d+\.\d+)$/.exec(tag);
      return match ? parseKafkaVersion(match[1]) : void 0;
    }
    default:
      return void 0;
  }
}
var SERVICE_KEYS, WORKER_VARIABLE, BROKER_VARIABLE, JVM_OPTION_VARIABLES, KSQLDB, CONTROL_CENTER, CONFLUENT_COMPONENTS, IMAGE_EXCLUDED, SSL_HELPERS, SIMPLE_EXCLUDED, BITNAMI_CREDENTIALS, DEBEZIUM_CONNECT_NAMES, CP_TO_KAFKA;
var init_compose = __esm({
  "src/model/adapters/compose.ts"() {
    "use strict";
    init_json();
    init_entry();
    init_location();
    init_version();
    init_note_kinds();
    init_env_names();
    init_yaml_nodes();
    init_secret_patterns();
    SERVICE_KEYS = /* @__PURE__ */ new Set(["image", "build", "environment", "command", "container_name", "ports", "depends_on", "entrypoint", "volumes", "hostname", "extends"]);
    WORKER_VARIABLE = /^CONNECT_(BOOTSTRAP_SERVERS|GROUP_ID|(CONFIG|OFFSET|STATUS)_STORAGE_\w+|REST_\w+|PLUGIN_PATH|(KEY|VALUE)_CONVERTER\w*|CONFIG_PROVIDERS\w*|CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY|LISTENERS\w*|(PRODUCER|CONSUMER|ADMIN)_\w+|SECURITY_PROTOCOL|SASL_\w+|SSL_\w+)$/;
    BROKER_VARIABLE = /^KAFKA_(ADVERTISED_LISTENERS|LISTENERS|PROCESS_ROLES|BROKER_ID|NODE_ID|ZOOKEEPER_CONNECT|LISTENER_SECURITY_PROTOCOL_MAP|INTER_BROKER_LISTENER_NAME|SECURITY_INTER_BROKER_PROTOCOL|AUTHORIZER_CLASS_NAME|SUPER_USERS|LISTENER_NAME_\w+|SASL_ENABLED_MECHANISMS|SASL_MECHANISM_INTER_BROKER_PROTOCOL|CONTROLLER_\w+|ALLOW_EVERYONE_IF_NO_ACL_FOUND|SSL_CLIENT_AUTH|LOG_DIRS|OFFSETS_TOPIC_REPLICATION_FACTOR)$/;
    JVM_OPTION_VARIABLES = /* @__PURE__ */ new Set(["KAFKA_OPTS", "KAFKA_JMX_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_LOG4J_OPTS", "EXTRA_ARGS"]);
    KSQLDB = { label: "ksqlDB", prefixes: [["KSQL_", ""]] };
    CONTROL_CENTER = {
      label: "Control Center",
      exact: { CONTROL_CENTER_BOOTSTRAP_SERVERS: "bootstrap.servers", CONTROL_CENTER_ZOOKEEPER_CONNECT: "zookeeper.connect", CONTROL_CENTER_LICENSE: "confluent.license" },
      prefixes: [
        ["CONTROL_CENTER_METRICS_", "confluent.metrics."],
        ["CONFLUENT_METRICS_", "confluent.metrics."],
        ["CONTROL_CENTER_MONITORING_INTERCEPTOR_", "confluent.monitoring.interceptor."],
        ["CONFLUENT_METADATA_", "confluent.metadata."],
        ["CONFLUENT_SUPPORT_", "confluent.support."],
        ["CONTROL_CENTER_", "confluent.controlcenter."]
      ]
    };
    CONFLUENT_COMPONENTS = {
      "cp-schema-registry": { label: "Schema Registry", prefixes: [["SCHEMA_REGISTRY_", ""]] },
      "cp-ksqldb-server": KSQLDB,
      "ksqldb-server": KSQLDB,
      "cp-ksql-server": KSQLDB,
      "cp-kafka-rest": { label: "REST Proxy", prefixes: [["KAFKA_REST_", ""]] },
      "cp-enterprise-control-center": CONTROL_CENTER,
      "cp-enterprise-control-center-next-gen": CONTROL_CENTER
    };
    IMAGE_EXCLUDED = /* @__PURE__ */ new Set([
      "KAFKA_VERSION",
      "KAFKA_HEAP_OPTS",
      "KAFKA_LOG4J_OPTS",
      "KAFKA_OPTS",
      "KAFKA_JMX_OPTS",
      "KAFKA_JVM_PERFORMANCE_OPTS",
      "KAFKA_GC_LOG_OPTS",
      "KAFKA_LOG4J_ROOT_LOGLEVEL",
      "KAFKA_LOG4J_LOGGERS",
      "KAFKA_TOOLS_LOG4J_LOGLEVEL"
    ]);
    SSL_HELPERS = {
      KAFKA_SSL_KEYSTORE_FILENAME: { key: "ssl.keystore.location", value: (file) => `/etc/kafka/secrets/${file}`, secret: false },
      KAFKA_SSL_KEY_CREDENTIALS: { key: "ssl.key.password", value: (file) => `<contents of /etc/kafka/secrets/${file}>`, secret: true },
      KAFKA_SSL_KEYSTORE_CREDENTIALS: { key: "ssl.keystore.password", value: (file) => `<contents of /etc/kafka/secrets/${file}>`, secret: true },
      KAFKA_SSL_TRUSTSTORE_FILENAME: { key: "ssl.truststore.location", value: (file) => `/etc/kafka/secrets/${file}`, secret: false },
      KAFKA_SSL_TRUSTSTORE_CREDENTIALS: { key: "ssl.truststore.password", value: (file) => `<contents of /etc/kafka/secrets/${file}>`, secret: true }
    };
    SIMPLE_EXCLUDED = /* @__PURE__ */ new Set([...IMAGE_EXCLUDED, "KAFKA_HOME", "KAFKA_CREATE_TOPICS", "KAFKA_ADVERTISED_PROTOCOL_NAME", "KAFKA_PROTOCOL_NAME", "KAFKA_DEBUG", "KAFKA_CHECKSUM", "KAFKA_BROKER"]);
    BITNAMI_CREDENTIALS = {
      KAFKA_CERTIFICATE_PASSWORD: { key: "ssl.key.password", writes: "ssl.key.password and, for JKS, the keystore and truststore passwords" },
      KAFKA_ZOOKEEPER_TLS_KEYSTORE_PASSWORD: { key: "zookeeper.ssl.keystore.password", writes: "zookeeper.ssl.keystore.password" },
      KAFKA_ZOOKEEPER_TLS_TRUSTSTORE_PASSWORD: { key: "zookeeper.ssl.truststore.password", writes: "zookeeper.ssl.truststore.password" },
      KAFKA_CLIENT_PASSWORDS: { key: "KAFKA_CLIENT_PASSWORDS", writes: "its SASL listeners' JAAS configuration (user_<name> options)" },
      KAFKA_INTER_BROKER_PASSWORD: { key: "KAFKA_INTER_BROKER_PASSWORD", writes: "the inter-broker listener's JAAS configuration" },
      KAFKA_CONTROLLER_PASSWORD: { key: "KAFKA_CONTROLLER_PASSWORD", writes: "the controller listener's JAAS configuration" },
      KAFKA_ZOOKEEPER_PASSWORD: { key: "KAFKA_ZOOKEEPER_PASSWORD", writes: "its ZooKeeper login's JAAS configuration" }
    };
    DEBEZIUM_CONNECT_NAMES = {
      BOOTSTRAP_SERVERS: "bootstrap.servers",
      GROUP_ID: "group.id",
      CONFIG_STORAGE_TOPIC: "config.storage.topic",
      OFFSET_STORAGE_TOPIC: "offset.storage.topic",
      STATUS_STORAGE_TOPIC: "status.storage.topic",
      KEY_CONVERTER: "key.converter",
      VALUE_CONVERTER: "value.converter",
      REST_PORT: "rest.port",
      REST_HOST_NAME: "rest.host.name",
      ADVERTISED_PORT: "rest.advertised.port",
      ADVERTISED_HOST_NAME: "rest.advertised.host.name",
      OFFSET_FLUSH_INTERVAL_MS: "offset.flush.interval.ms",
      OFFSET_FLUSH_TIMEOUT_MS: "offset.flush.timeout.ms",
      SHUTDOWN_TIMEOUT: "task.shutdown.graceful.timeout.ms"
    };
    CP_TO_KAFKA = {
      "4.0": "1.0",
      "4.1": "1.1",
      "5.0": "2.0",
      "5.1": "2.1",
      "5.2": "2.2",
      "5.3": "2.3",
      "5.4": "2.4",
      "5.5": "2.5",
      "6.0": "2.6",
      "6.1": "2.7",
      "6.2": "2.8",
      "7.0": "3.0",
      "7.1": "3.1",
      "7.2": "3.2",
      "7.3": "3.3",
      "7.4": "3.4",
      "7.5": "3.5",
      "7.6": "3.6",
      "7.7": "3.7",
      "7.8": "3.8",
      "7.9": "3.9",
      "8.0": "4.0",
      "8.1": "4.1"
    };
  }
});

// src/model/adapters/cfk.ts
function cfkToDrafts(roots) {
  const drafts = [];
  for (const root of roots) {
    const kind = textAt(root, ["kind"]);
    const name = textAt(root, ["metadata", "name"]);
    const specPair = mapGet(root, "spec");
    if (!specPair) continue;
    switch (kind) {
      case "Kafka":
        drafts.push(kafkaDraft(specPair, name, false));
        break;
      case "KRaftController":
        drafts.push(kafkaDraft(specPair, name, true));
        break;
      case "Connect":
        drafts.push(connectDraft(specPair, name));
        break;
      case "Connector": {
        const draft = connectorDraft(specPair, name);
        if (draft) drafts.push(draft);
        break;
      }
      default:
        break;
    }
  }
  return drafts;
}
function cfkConnectGroup(name) {
  return `cfk:${name}`;
}
function listenerOf(name, port, node, at) {
  const tls = isTrue2(nodeAt(node, ["tls", "enabled"]));
  const type = textAt(node, ["authentication", "type"])?.toLowerCase();
  const sasl = type !== void 0 && SASL_TYPES.has(type);
  return { name, port, protocol: `${sasl ? "SASL_" : ""}${tls ? "SSL" : "PLAINTEXT"}`, mtls: type === "mtls", at };
}
function kafkaDraft(specPair, name, controller) {
  const spec = specPair.value;
  const at = specPair.keySpan;
  const origin = "rendered by Confluent for Kubernetes";
  const listenersPair = mapGet(spec, "listeners");
  const listenersNode = listenersPair?.value;
  const where = (key) => mapGet(listenersNode, key)?.keySpan ?? listenersPair?.keySpan ?? at;
  const listeners = [];
  if (controller) {
    listeners.push(listenerOf("CONTROLLER", "9074", mapGet(listenersNode, "controller")?.value, where("controller")));
  } else {
    const internal = mapGet(listenersNode, "internal")?.value;
    listeners.push(listenerOf("INTERNAL", "9071", internal, where("internal")));
    listeners.push(listenerOf("EXTERNAL", "9092", mapGet(listenersNode, "external")?.value, where("external")));
    const replication = mapGet(listenersNode, "replication");
    listeners.push(listenerOf("REPLICATION", "9072", replication ? replication.value : internal, replication ? replication.keySpan : where("internal")));
    for (const item of itemsOf(mapGet(listenersNode, "custom")?.value)) {
      const customName = textAt(item, ["name"]);
      const port = textAt(item, ["port"]);
      if (customName && port) listeners.push(listenerOf(customName.toUpperCase(), port, item, item.span));
    }
  }
  const entries = [];
  const listenersAt = listeners.length === 1 ? listeners[0].at : listenersPair?.keySpan ?? at;
  entries.push(impliedEntry("listeners", listeners.map((listener) => `${listener.name}://0.0.0.0:${listener.port}`).join(","), listenersAt, `spec.listeners (${origin})`));
  entries.push(impliedEntry("listener.security.protocol.map", listeners.map((listener) => `${listener.name}:${listener.protocol}`).join(","), listenersAt, `spec.listeners (${origin})`));
  for (const listener of listeners) {
    if (listener.mtls) entries.push(impliedEntry(`listener.name.${listener.name.toLowerCase()}.ssl.client.auth`, "required", listener.at, `${listener.name} authentication mtls (${origin})`));
  }
  const kraft = controller || mapGet(mapGet(spec, "dependencies")?.value, "kRaftController") !== void 0;
  if (controller) {
    entries.push(impliedEntry("process.roles", "controller", at, origin));
    entries.push(impliedEntry("controller.listener.names", "CONTROLLER", at, origin));
  } else {
    entries.push(impliedEntry("inter.broker.listener.name", "REPLICATION", listenersAt, origin));
    if (kraft) entries.push(impliedEntry("process.roles", "broker", at, origin));
  }
  const authorization = mapGet(spec, "authorization");
  if (authorization) {
    const type = textOf(mapGet(authorization.value, "type")?.value)?.toLowerCase();
    const authorizer = type === "rbac" ? "io.confluent.kafka.security.authorizer.ConfluentServerAuthorizer" : type === "simple" ? kraft ? "org.apache.kafka.metadata.authorizer.StandardAuthorizer" : "kafka.security.authorizer.AclAuthorizer" : void 0;
    if (authorizer) entries.push(impliedEntry("authorizer.class.name", authorizer, authorization.keySpan, `spec.authorization (${origin})`));
    const superUsers = mapGet(authorization.value, "superUsers");
    const users = itemsOf(superUsers?.value).flatMap((item) => textOf(item) ? [textOf(item)] : []);
    if (superUsers && users.length > 0) entries.push(impliedEntry("super.users", users.join(";"), superUsers.span, `spec.authorization.superUsers (${origin})`));
  }
  entries.push(...configOverrides(spec));
  const image = textAt(spec, ["image", "application"]) ?? "";
  const version = kafkaVersionOfImage(image);
  const roles = controller ? ["controller"] : ["broker"];
  return { format: "cfk", roles, entries, ...name !== void 0 ? { name } : {}, ...version ? { kafkaVersion: version, kafkaVersionSource: `image ${image}` } : {} };
}
function configOverrides(spec) {
  const out = [];
  for (const item of itemsOf(nodeAt(spec, ["configOverrides", "server"]))) {
    if (item.kind !== "scalar" || item.value === null) continue;
    const parsed = parseProperties(item.text);
    if (!parsed.ok) continue;
    for (const property of parsed.value.entries) {
      const keySpan = partSpan(item, property.keyStart, property.keyEnd);
      const valueSpan = partSpan(item, property.valueStart, Math.max(property.valueStart, property.valueEnd));
      out.push(createEntry({ key: property.key, value: property.value, span: { ...keySpan, endLine: valueSpan.endLine, endColumn: valueSpan.endColumn }, valueSpan, origin: "spec.configOverrides.server" }));
    }
  }
  for (const item of itemsOf(nodeAt(spec, ["configOverrides", "jvm"]))) {
    const text = textOf(item);
    if (item.kind !== "scalar" || !text) continue;
    for (const match of text.matchAll(/\S+/g)) {
      const word = match[0];
      if (!word.startsWith("-D") || word.length < 3) continue;
      const equals = word.indexOf("=");
      const span = partSpan(item, match.index, match.index + word.length);
      out.push(
        createEntry({
          key: equals === -1 ? word : word.slice(0, equals),
          value: equals === -1 ? "" : word.slice(equals + 1),
          span,
          valueSpan: equals === -1 ? span : partSpan(item, match.index + equals + 1, match.index + word.length),
          origin: "spec.configOverrides.jvm"
        })
      );
    }
  }
  return out;
}
function connectDraft(specPair, name) {
  const spec = specPair.value;
  const at = specPair.keySpan;
  const origin = "rendered by Confluent for Kubernetes";
  const entries = [];
  const kafkaPair = mapGet(mapGet(spec, "dependencies")?.value, "kafka");
  const kafka = kafkaPair?.value;
  const bootstrap = mapGet(kafka, "bootstrapEndpoint");
  const bootstrapEntry = bootstrap ? pairEntry(bootstrap, { key: "bootstrap.servers", origin: "spec.dependencies.kafka.bootstrapEndpoint" }) : void 0;
  if (bootstrapEntry) entries.push(bootstrapEntry);
  const client = listenerOf("KAFKA", "", kafka, kafkaPair?.keySpan ?? at);
  const type = textAt(kafka, ["authentication", "type"])?.toLowerCase();
  const mechanism = type === "plain" || type === "ldap" ? "PLAIN" : type === "oauth" || type === "oauthbearer" ? "OAUTHBEARER" : type === "scram" ? "SCRAM-SHA-512" : void 0;
  const securityAt = mapGet(kafka, "authentication")?.keySpan ?? mapGet(kafka, "tls")?.keySpan ?? bootstrap?.keySpan ?? at;
  for (const prefix of ["", "producer.", "consumer.", "admin."]) {
    entries.push(impliedEntry(`${prefix}security.protocol`, client.protocol, securityAt, `spec.dependencies.kafka (${origin})`));
    if (mechanism) entries.push(impliedEntry(`${prefix}sasl.mechanism`, mechanism, securityAt, `spec.dependencies.kafka.authentication (${origin})`));
  }
  const tlsPair = mapGet(spec, "tls");
  const https = tlsPair !== void 0 && tlsPair.value.kind === "map";
  const restAt = tlsPair?.keySpan ?? at;
  entries.push(impliedEntry("listeners", `${https ? "https" : "http"}://0.0.0.0:8083`, restAt, `spec.tls (${origin}: REST API on 8083${https ? "" : " over plain HTTP"})`));
  const authPair = mapGet(spec, "authentication");
  const authType = textOf(mapGet(authPair?.value, "type")?.value)?.toLowerCase();
  const extensions = [];
  if (authType === "basic") extensions.push("org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension");
  const authorizationType = textAt(spec, ["authorization", "type"])?.toLowerCase();
  if (authorizationType === "rbac") extensions.push("io.confluent.connect.security.ConnectSecurityExtension");
  if (extensions.length > 0) {
    entries.push(impliedEntry("rest.extension.classes", extensions.join(","), authPair?.keySpan ?? mapGet(spec, "authorization")?.keySpan ?? at, `spec.authentication / spec.authorization (${origin})`));
  }
  if (authType === "mtls" && https && authPair) entries.push(impliedEntry("listeners.https.ssl.client.auth", "required", authPair.keySpan, `spec.authentication mtls (${origin})`));
  if (authType === "oauth" && authPair) entries.push(impliedEntry("rest.servlet.initializor.classes", CP_OAUTH_REST_HANDLER, authPair.keySpan, `spec.authentication oauth (${origin})`));
  entries.push(...configOverrides(spec));
  const image = textAt(spec, ["image", "application"]) ?? "";
  const version = kafkaVersionOfImage(image);
  return {
    format: "cfk",
    roles: ["worker"],
    entries,
    ...name !== void 0 ? { name, group: cfkConnectGroup(name) } : {},
    ...version ? { kafkaVersion: version, kafkaVersionSource: `image ${image}` } : {}
  };
}
function connectorDraft(specPair, name) {
  const spec = mapGet(specPair.value, "connectorConfigs")?.value ?? specPair.value;
  const cluster = textAt(specPair.value, ["connectClusterRef", "name"]);
  const entries = [];
  const classPair = mapGet(spec, "class");
  const classEntry = classPair ? pairEntry(classPair, { key: "connector.class", origin: "spec.class" }) : void 0;
  if (classEntry) entries.push(classEntry);
  const tasks = mapGet(spec, "taskMax");
  const tasksEntry = tasks ? pairEntry(tasks, { key: "tasks.max", origin: "spec.taskMax" }) : void 0;
  if (tasksEntry) entries.push(tasksEntry);
  for (const pair of pairsOf(mapGet(spec, "configs")?.value)) {
    const entry = pairEntry(pair, { origin: "spec.configs" });
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return void 0;
  const connectorName = textAt(spec, ["name"]) ?? name;
  return {
    format: "cfk",
    roles: ["connector"],
    entries,
    ...connectorName !== void 0 ? { name: connectorName } : {},
    ...cluster !== void 0 ? { group: cfkConnectGroup(cluster) } : {}
  };
}
var SASL_TYPES, CP_OAUTH_REST_HANDLER;
var init_cfk = __esm({
  "src/model/adapters/cfk.ts"() {
    "use strict";
    init_properties();
    init_entry();
    init_compose();
    init_yaml_nodes();
    SASL_TYPES = /* @__PURE__ */ new Set(["plain", "ldap", "oauth", "scram", "oauthbearer"]);
    CP_OAUTH_REST_HANDLER = "io.confluent.common.security.jetty.initializer.InstallOAuthSecurityHandler";
  }
});

// src/model/adapters/helm.ts
function isHelmValues(root) {
  if (!root || root.kind !== "map") return false;
  return isCpHelmValues(root) || isBitnamiValues(root);
}
function isCpHelmValues(root) {
  return mapGet(root, "configurationOverrides")?.value.kind === "map";
}
function isBitnamiValues(root) {
  const listeners = mapGet(root, "listeners")?.value;
  return listeners?.kind === "map" && mapGet(mapGet(listeners, "client")?.value, "protocol") !== void 0;
}
function helmToDrafts(root, file) {
  if (isCpHelmValues(root)) return cpHelmDrafts(root, file);
  if (isBitnamiValues(root)) return [bitnamiDraft(root)];
  return [];
}
function cpHelmDrafts(root, file) {
  const overridesPair = mapGet(root, "configurationOverrides");
  const image = `${textAt(root, ["image"]) ?? ""}`.toLowerCase();
  const keys = new Set(overridesPair.value.kind === "map" ? overridesPair.value.pairs.map((pair) => pair.key) : []);
  let role;
  if (/connect/.test(image) || /cp-kafka-connect/.test(file)) role = "worker";
  else if (/cp-(enterprise-)?kafka$|cp-server$/.test(image) || /charts\/cp-kafka\//.test(file)) role = "broker";
  else role = detectRoles("values.properties", keys)[0];
  if (role !== "worker" && role !== "broker") return [];
  const prefix = role === "worker" ? "CONNECT_" : "KAFKA_";
  const entries = [];
  for (const pair of pairsOf(overridesPair.value)) {
    const key = confluentEnvKey(pair.key.replace(/\./g, "_").toUpperCase());
    const entry = pairEntry(pair, { key, origin: `configurationOverrides ${JSON.stringify(pair.key)}`, isTemplate: /\$\{|\$\(/.test(textOf(pair.value) ?? "") });
    if (entry) entries.push(entry);
  }
  for (const pair of pairsOf(mapGet(root, "customEnv")?.value)) {
    if (!pair.key.startsWith(prefix) || /_OPTS$/.test(pair.key)) continue;
    const entry = pairEntry(pair, { key: confluentEnvKey(pair.key.slice(prefix.length)), origin: `customEnv ${pair.key}` });
    if (entry) entries.push(entry);
  }
  if (role === "broker" && !keys.has("listeners")) {
    const advertised = mapGet(overridesPair.value, "advertised.listeners");
    const extra = textOf(advertised?.value)?.replace(/:\/\/[^:]*:/g, "://0.0.0.0:");
    entries.unshift(impliedEntry("listeners", `PLAINTEXT://0.0.0.0:9092${extra ? `,${extra}` : ""}`, overridesPair.keySpan, "cp-helm-charts cp-kafka: PLAINTEXT on 9092, derived by the image from the advertised listener"));
  }
  return [{ format: "helm", roles: [role], entries, name: role === "worker" ? "cp-kafka-connect" : "cp-kafka" }];
}
function bitnamiDraft(root) {
  const listenersPair = mapGet(root, "listeners");
  const listenersNode = listenersPair.value;
  const origin = "bitnami/kafka chart";
  const controllerOnly = isTrue2(mapGet(mapGet(root, "controller")?.value, "controllerOnly")?.value);
  const external = isTrue2(mapGet(mapGet(root, "externalAccess")?.value, "enabled")?.value);
  const defaults = {
    client: { name: "CLIENT", port: "9092" },
    controller: { name: "CONTROLLER", port: "9093" },
    interbroker: { name: "INTERNAL", port: "9094" },
    external: { name: "EXTERNAL", port: "9095" }
  };
  const used2 = ["client", "interbroker", ...controllerOnly ? [] : ["controller"], ...external ? ["external"] : []];
  const listeners = [];
  for (const key of used2) {
    const pair = mapGet(listenersNode, key);
    listeners.push({
      key,
      name: (textAt(pair?.value, ["name"]) ?? defaults[key].name).toUpperCase(),
      port: textAt(pair?.value, ["containerPort"]) ?? defaults[key].port,
      protocol: (textAt(pair?.value, ["protocol"]) ?? "PLAINTEXT").toUpperCase(),
      pair
    });
  }
  for (const item of itemsOf(mapGet(listenersNode, "extraListeners")?.value)) {
    const name = textAt(item, ["name"]);
    const port = textAt(item, ["containerPort"]);
    if (name && port) listeners.push({ key: name, name: name.toUpperCase(), port, protocol: (textAt(item, ["protocol"]) ?? "PLAINTEXT").toUpperCase(), pair: void 0 });
  }
  const at = listenersPair.keySpan;
  const entries = [];
  const override = mapGet(listenersNode, "overrideListeners");
  const overrideMap = mapGet(listenersNode, "securityProtocolMap");
  entries.push(
    textOf(override?.value) ? pairEntry(override, { key: "listeners", origin: "listeners.overrideListeners" }) : impliedEntry("listeners", listeners.map((listener) => `${listener.name}://:${listener.port}`).join(","), at, `listeners (${origin})`)
  );
  entries.push(
    textOf(overrideMap?.value) ? pairEntry(overrideMap, { key: "listener.security.protocol.map", origin: "listeners.securityProtocolMap" }) : impliedEntry("listener.security.protocol.map", listeners.map((listener) => `${listener.name}:${listener.protocol}`).join(","), at, `listeners.*.protocol (${origin})`)
  );
  const interbroker = listeners.find((listener) => listener.key === "interbroker");
  if (interbroker) entries.push(impliedEntry("inter.broker.listener.name", interbroker.name, interbroker.pair?.keySpan ?? at, origin));
  const controllerListener = defaults.controller.name;
  entries.push(impliedEntry("controller.listener.names", (textAt(mapGet(listenersNode, "controller")?.value, ["name"]) ?? controllerListener).toUpperCase(), at, origin));
  entries.push(impliedEntry("process.roles", controllerOnly ? "broker" : "controller,broker", mapGet(root, "controller")?.keySpan ?? at, `${origin} (controller.controllerOnly: ${controllerOnly})`));
  const tls = mapGet(root, "tls")?.value;
  const sslClientAuth = mapGet(tls, "sslClientAuth");
  for (const listener of listeners) {
    if (!listener.protocol.includes("SSL")) continue;
    const own = mapGet(listener.pair?.value, "sslClientAuth");
    const chosen = own && textOf(own.value) ? own : sslClientAuth && textOf(sslClientAuth.value) ? sslClientAuth : void 0;
    if (chosen) entries.push(pairEntry(chosen, { key: `listener.name.${listener.name.toLowerCase()}.ssl.client.auth`, origin: `${chosen === own ? `listeners.${listener.key}` : "tls"}.sslClientAuth` }));
  }
  const endpoint = mapGet(tls, "endpointIdentificationAlgorithm");
  if (endpoint && endpoint.value.kind === "scalar") entries.push(pairEntry(endpoint, { key: "ssl.endpoint.identification.algorithm", origin: "tls.endpointIdentificationAlgorithm" }));
  const sasl = mapGet(root, "sasl")?.value;
  for (const [field, key] of [
    ["enabledMechanisms", "sasl.enabled.mechanisms"],
    ["interBrokerMechanism", "sasl.mechanism.inter.broker.protocol"],
    ["controllerMechanism", "sasl.mechanism.controller.protocol"]
  ]) {
    const pair = mapGet(sasl, field);
    const entry = pair ? pairEntry(pair, { key, origin: `sasl.${field}` }) : void 0;
    if (entry) entries.push(entry);
  }
  const client = listeners.find((listener) => listener.key === "client");
  const passwords = mapGet(mapGet(sasl, "client")?.value, "passwords");
  const users = itemsOf(mapGet(mapGet(sasl, "client")?.value, "users")?.value).flatMap((item) => textOf(item) ? textOf(item).split(",") : []);
  const passwordList = passwords ? itemsOf(passwords.value).flatMap((item) => textOf(item) ? textOf(item).split(",") : []) : [];
  if (client && client.protocol.startsWith("SASL") && passwords && passwordList.some((password) => password.trim() !== "")) {
    const jaas = `org.apache.kafka.common.security.plain.PlainLoginModule required ${passwordList.map((password, index) => `user_${users[index] ?? `user${index + 1}`}="${password.trim()}"`).join(" ")};`;
    entries.push(createEntry({ key: `listener.name.${client.name.toLowerCase()}.plain.sasl.jaas.config`, value: jaas, span: passwords.span, valueSpan: valueSpanOf(passwords.value), origin: "sasl.client.passwords (bitnami/kafka writes them into the broker JAAS)" }));
  }
  for (const path of [["config"], ["overrideConfiguration"], ["broker", "config"], ["broker", "overrideConfiguration"], ["controller", "config"], ["controller", "overrideConfiguration"]]) {
    let node = root;
    for (const key of path) node = mapGet(node, key)?.value;
    for (const pair of pairsOf(node)) {
      const entry = pairEntry(pair, { origin: path.join(".") });
      if (entry) entries.push(entry);
    }
  }
  const roles = controllerOnly ? ["broker"] : ["broker", "controller"];
  return { format: "helm", roles, entries, name: "bitnami/kafka" };
}
var init_helm = __esm({
  "src/model/adapters/helm.ts"() {
    "use strict";
    init_entry();
    init_detect_role();
    init_env_names();
    init_yaml_nodes();
  }
});

// src/model/adapters/strimzi.ts
function strimziForbiddenPrefix(key, list) {
  const forbidden = list === "kafka" ? KAFKA_LIST : CONNECT_LIST;
  if (forbidden.exceptions.has(key)) return void 0;
  const lower = key.toLowerCase();
  return forbidden.prefixes.find((prefix) => lower.startsWith(prefix));
}
function strimziToDrafts(roots) {
  const resources = roots.map((root) => ({
    kind: textAt(root, ["kind"]) ?? "",
    apiVersion: textAt(root, ["apiVersion"]) ?? "",
    root,
    name: textAt(root, ["metadata", "name"]),
    namespace: textAt(root, ["metadata", "namespace"]),
    cluster: textOf(mapGet(nodeAt(root, ["metadata", "labels"]), "strimzi.io/cluster")?.value)
  }));
  const drafts = [];
  for (const resource of resources) {
    switch (resource.kind) {
      case "Kafka":
        drafts.push(kafkaDraft2(resource, resources.filter((other) => other.kind === "KafkaNodePool" && other.cluster === resource.name)));
        break;
      case "KafkaConnect":
        drafts.push(connectDraft2(resource));
        break;
      case "KafkaConnector": {
        const draft = connectorDraft2(resource);
        if (draft) drafts.push(draft);
        break;
      }
      case "KafkaMirrorMaker2":
        drafts.push(...mirrorMaker2Drafts(resource));
        break;
      default:
        break;
    }
  }
  return drafts;
}
function kafkaDraft2(resource, pools) {
  const kafkaPair = mapGet(mapGet(resource.root, "spec")?.value, "kafka");
  const kafka = kafkaPair?.value;
  const at = kafkaPair ? kafkaPair.keySpan : resource.root.span;
  const origin = "generated by Strimzi";
  const cluster = resource.name ?? "cluster";
  const zookeeperMode = mapGet(mapGet(resource.root, "spec")?.value, "zookeeper") !== void 0;
  const entries = [];
  const notes = [];
  const poolRoles = /* @__PURE__ */ new Set();
  let rolesAt;
  for (const pool of pools) {
    const rolesPair = mapGet(mapGet(pool.root, "spec")?.value, "roles");
    for (const item of itemsOf(rolesPair?.value)) {
      const role = textOf(item)?.toLowerCase();
      if (role) poolRoles.add(role);
    }
    rolesAt ??= rolesPair?.keySpan;
  }
  const isController = !zookeeperMode && poolRoles.has("controller");
  const roles = isController ? ["broker", "controller"] : ["broker"];
  const listenersPair = mapGet(kafka, "listeners");
  const listeners = listenerSpecs(listenersPair?.value);
  const listenersAt = listeners.length === 1 ? listeners[0].at : keyOnly(listenersPair, at);
  const names = [];
  const protocols = [];
  if (isController) {
    names.push("CONTROLPLANE-9090://0.0.0.0:9090");
  }
  protocols.push("CONTROLPLANE-9090:SSL");
  names.push("REPLICATION-9091://0.0.0.0:9091");
  protocols.push("REPLICATION-9091:SSL");
  for (const listener of listeners) {
    names.push(`${listener.name}://0.0.0.0:${listener.port}`);
    protocols.push(`${listener.name}:${listener.protocol}`);
  }
  entries.push(impliedEntry("listeners", names.join(","), listenersAt, `spec.kafka.listeners (${origin})`));
  entries.push(impliedEntry("listener.security.protocol.map", protocols.join(","), listenersAt, `spec.kafka.listeners (${origin})`));
  entries.push(impliedEntry("inter.broker.listener.name", "REPLICATION-9091", listenersAt, `${origin} (replication listener, mutual TLS)`));
  entries.push(impliedEntry("listener.name.controlplane-9090.ssl.client.auth", "required", at, `${origin} (control plane listener, mutual TLS)`));
  entries.push(impliedEntry("listener.name.replication-9091.ssl.client.auth", "required", at, `${origin} (replication listener, mutual TLS)`));
  for (const listener of listeners) entries.push(...listenerAuthEntries(listener));
  entries.push(impliedEntry("sasl.enabled.mechanisms", "", at, origin));
  entries.push(impliedEntry("ssl.endpoint.identification.algorithm", "HTTPS", at, origin));
  if (zookeeperMode) {
    entries.push(impliedEntry("zookeeper.connect", `${cluster}-zookeeper-client:2181`, at, `${origin} (ZooKeeper over TLS)`));
    entries.push(impliedEntry("zookeeper.ssl.client.enable", "true", at, origin));
    entries.push(impliedEntry("zookeeper.clientCnxnSocket", "org.apache.zookeeper.ClientCnxnSocketNetty", at, origin));
  } else {
    entries.push(impliedEntry("process.roles", roles.join(","), rolesAt ?? at, pools.length > 0 ? `KafkaNodePool spec.roles (${origin})` : `${origin} (KRaft; node pool roles not in this file)`));
    entries.push(impliedEntry("controller.listener.names", "CONTROLPLANE-9090", at, `${origin} (control plane listener, mutual TLS)`));
  }
  const authorizationPair = mapGet(kafka, "authorization");
  if (authorizationPair) entries.push(...authorizationEntries(authorizationPair, cluster, zookeeperMode));
  const configPair = mapGet(kafka, "config");
  entries.push(...userConfig(configPair, KAFKA_LIST, notes, "kafka"));
  entries.push(...systemProperties(nodeAt(kafka, ["jvmOptions", "javaSystemProperties"]), "spec.kafka.jvmOptions.javaSystemProperties"));
  const version = parseKafkaVersion(textOf(mapGet(kafka, "version")?.value) ?? "");
  return {
    format: "strimzi",
    roles,
    entries,
    ...resource.name !== void 0 ? { name: resource.name } : {},
    ...version ? { kafkaVersion: version, kafkaVersionSource: "Strimzi spec.kafka.version" } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
function listenerSpecs(node) {
  if (!node) return [];
  if (node.kind === "map") return legacyListenerSpecs(node);
  const out = [];
  for (const item of itemsOf(node)) {
    if (item.kind !== "map") continue;
    const name = textOf(mapGet(item, "name")?.value);
    const port = textOf(mapGet(item, "port")?.value);
    if (!name || !port) continue;
    const tlsPair = mapGet(item, "tls");
    const tls = isTrue2(tlsPair?.value);
    const authentication = mapGet(item, "authentication");
    const authType = textOf(mapGet(authentication?.value, "type")?.value)?.toLowerCase();
    const sasl = authType === "scram-sha-512" || authType === "oauth" || authType === "custom" && isTrue2(mapGet(authentication?.value, "sasl")?.value);
    out.push({
      name: `${name}-${port}`.toUpperCase(),
      port,
      protocol: `${sasl ? "SASL_" : ""}${tls ? "SSL" : "PLAINTEXT"}`,
      at: tlsPair ? tlsPair.span : mapGet(item, "name")?.span ?? item.span,
      authentication,
      authType,
      item
    });
  }
  return out;
}
function legacyListenerSpecs(node) {
  const out = [];
  for (const pair of node.pairs) {
    const port = pair.key === "plain" ? "9092" : pair.key === "tls" ? "9093" : pair.key === "external" ? "9094" : void 0;
    if (!port) continue;
    const authentication = mapGet(pair.value, "authentication");
    const authType = textOf(mapGet(authentication?.value, "type")?.value)?.toLowerCase();
    const tls = pair.key === "tls" || pair.key === "external" && !isFalse(mapGet(pair.value, "tls")?.value);
    const sasl = authType === "scram-sha-512" || authType === "oauth";
    const name = pair.key === "plain" ? "CLIENT" : pair.key === "tls" ? "CLIENTTLS" : "EXTERNAL";
    out.push({ name, port, protocol: `${sasl ? "SASL_" : ""}${tls ? "SSL" : "PLAINTEXT"}`, at: pair.keySpan, authentication, authType, item: pair.value });
  }
  return out;
}
function listenerAuthEntries(listener) {
  const auth = listener.authentication;
  if (!auth) return [];
  const lower = listener.name.toLowerCase();
  const at = auth.keySpan;
  const origin = `spec.kafka.listeners ${listener.name} authentication (generated by Strimzi)`;
  switch (listener.authType) {
    case "tls":
      return [impliedEntry(`listener.name.${lower}.ssl.client.auth`, "required", at, origin)];
    case "scram-sha-512":
      return [
        impliedEntry(`listener.name.${lower}.scram-sha-512.sasl.jaas.config`, "org.apache.kafka.common.security.scram.ScramLoginModule required;", at, origin),
        impliedEntry(`listener.name.${lower}.sasl.enabled.mechanisms`, "SCRAM-SHA-512", at, origin)
      ];
    case "oauth": {
      const mechanisms = [isFalse(mapGet(auth.value, "enableOauthBearer")?.value) ? void 0 : "OAUTHBEARER", isTrue2(mapGet(auth.value, "enablePlain")?.value) ? "PLAIN" : void 0].filter(
        (item) => item !== void 0
      );
      return [impliedEntry(`listener.name.${lower}.sasl.enabled.mechanisms`, mechanisms.join(","), at, origin)];
    }
    case "custom": {
      const out = [];
      for (const pair of pairsOf(mapGet(auth.value, "listenerConfig")?.value)) {
        const entry = pairEntry(pair, { key: `listener.name.${lower}.${pair.key}`, origin: `spec.kafka.listeners ${listener.name} authentication.listenerConfig` });
        if (entry) out.push(entry);
      }
      return out;
    }
    default:
      return [];
  }
}
function strimziSuperUsers(cluster) {
  return [
    `User:CN=${cluster}-kafka,O=io.strimzi`,
    `User:CN=${cluster}-entity-topic-operator,O=io.strimzi`,
    `User:CN=${cluster}-entity-user-operator,O=io.strimzi`,
    `User:CN=${cluster}-kafka-exporter,O=io.strimzi`,
    `User:CN=${cluster}-cruise-control,O=io.strimzi`,
    "User:CN=cluster-operator,O=io.strimzi"
  ];
}
function authorizationEntries(pair, cluster, zookeeperMode) {
  const type = textOf(mapGet(pair.value, "type")?.value)?.toLowerCase();
  const origin = "spec.kafka.authorization (generated by Strimzi)";
  let authorizer;
  switch (type) {
    case "simple":
      authorizer = zookeeperMode ? "kafka.security.authorizer.AclAuthorizer" : "org.apache.kafka.metadata.authorizer.StandardAuthorizer";
      break;
    case "keycloak":
      authorizer = "io.strimzi.kafka.oauth.server.authorizer.KeycloakAuthorizer";
      break;
    case "opa":
      authorizer = "org.openpolicyagent.kafka.OpaAuthorizer";
      break;
    case "custom":
      authorizer = textOf(mapGet(pair.value, "authorizerClass")?.value);
      break;
    default:
      authorizer = void 0;
  }
  if (!authorizer) return [];
  const superUsersPair = mapGet(pair.value, "superUsers");
  const users = [...strimziSuperUsers(cluster), ...itemsOf(superUsersPair?.value).flatMap((item) => textOf(item) ? [`User:${textOf(item)}`] : [])];
  const out = [impliedEntry("authorizer.class.name", authorizer, pair.keySpan, origin)];
  out.push(impliedEntry("super.users", users.join(";"), superUsersPair ? superUsersPair.span : pair.keySpan, origin));
  if (type === "opa") {
    const allowOnError = mapGet(pair.value, "allowOnError");
    out.push(impliedEntry("opa.authorizer.allow.on.error", isTrue2(allowOnError?.value) ? "true" : "false", allowOnError ? allowOnError.span : pair.keySpan, origin));
  }
  return out;
}
function userConfig(configPair, list, notes, which, where = list.where) {
  const out = [];
  for (const pair of pairsOf(configPair?.value)) {
    const entry = pairEntry(pair, { origin: where });
    if (!entry) continue;
    const prefix = strimziForbiddenPrefix(pair.key, which);
    if (prefix !== void 0) {
      notes.push({ kind: STRIMZI_IGNORED_KEY, entry, detail: `Strimzi drops ${where} keys starting with "${prefix}" and configures them from the resource itself` });
      continue;
    }
    out.push(entry);
  }
  return out;
}
function systemProperties(node, origin) {
  const out = [];
  for (const item of itemsOf(node)) {
    const namePair = mapGet(item, "name");
    const name = textOf(namePair?.value);
    if (!namePair || !name) continue;
    const valuePair = mapGet(item, "value");
    out.push(
      impliedEntry(`-D${name}`, textOf(valuePair?.value) ?? "", valuePair ? { ...namePair.span, endLine: valuePair.span.endLine, endColumn: valuePair.span.endColumn } : namePair.span, origin, {
        ...valuePair ? { valueSpan: valuePair.value.span } : {}
      })
    );
  }
  return out;
}
function clientSecurity(spec, fallback, namespace, prefixes, originBase) {
  const entries = [];
  const tlsPair = mapGet(spec, "tls");
  const authPair = mapGet(spec, "authentication");
  const tls = tlsPair !== void 0 && tlsPair.value.kind === "map";
  let protocol = tls ? "SSL" : "PLAINTEXT";
  const all = (key, value, at, origin) => {
    for (const prefix of prefixes) entries.push(impliedEntry(`${prefix}${key}`, value, at, origin));
  };
  if (tlsPair && tls) {
    const secrets = [...new Set(itemsOf(mapGet(tlsPair.value, "trustedCertificates")?.value).flatMap((item) => textAt(item, ["secretName"]) ? [textAt(item, ["secretName"])] : []))];
    if (secrets.length > 0) {
      all("ssl.truststore.certificates", secrets.map((secret) => `\${strimzisecrets:${namespace}/${secret}:*.crt}`).join("\\n"), tlsPair.keySpan, `${originBase}.tls (generated by Strimzi)`);
      all("ssl.truststore.type", "PEM", tlsPair.keySpan, `${originBase}.tls (generated by Strimzi)`);
    }
  }
  if (authPair) {
    const type = textOf(mapGet(authPair.value, "type")?.value)?.toLowerCase();
    const origin = `${originBase}.authentication (generated by Strimzi)`;
    const at = authPair.keySpan;
    if (type === "tls") {
      const secret = textAt(authPair.value, ["certificateAndKey", "secretName"]) ?? "<secret>";
      const certificate = textAt(authPair.value, ["certificateAndKey", "certificate"]) ?? "user.crt";
      const key = textAt(authPair.value, ["certificateAndKey", "key"]) ?? "user.key";
      all("ssl.keystore.certificate.chain", `\${strimzisecrets:${namespace}/${secret}:${certificate}}`, at, origin);
      all("ssl.keystore.key", `\${strimzisecrets:${namespace}/${secret}:${key}}`, at, origin);
      all("ssl.keystore.type", "PEM", at, origin);
    } else if (type === "plain" || type === "scram-sha-256" || type === "scram-sha-512" || type === "oauth") {
      protocol = tls ? "SASL_SSL" : "SASL_PLAINTEXT";
      const secret = textAt(authPair.value, ["passwordSecret", "secretName"]) ?? "<secret>";
      const passwordKey = textAt(authPair.value, ["passwordSecret", "password"]) ?? "password";
      const password = `\${strimzidir:/opt/kafka/connect-password/${secret}:${passwordKey}}`;
      const mechanism = type === "plain" ? "PLAIN" : type === "oauth" ? "OAUTHBEARER" : type.toUpperCase();
      const jaas = type === "plain" ? `org.apache.kafka.common.security.plain.PlainLoginModule required username=\${strimzienv:KAFKA_CONNECT_SASL_USERNAME} password=${password};` : type === "oauth" ? "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ${strimzienv:KAFKA_CONNECT_OAUTH_CONFIG};" : `org.apache.kafka.common.security.scram.ScramLoginModule required username=\${strimzienv:KAFKA_CONNECT_SASL_USERNAME} password=${password};`;
      all("sasl.mechanism", mechanism, at, origin);
      all("sasl.jaas.config", jaas, at, origin);
    }
  }
  return { protocol, entries, at: authPair?.keySpan ?? tlsPair?.keySpan ?? fallback };
}
function strimziConfigProviders(configPair, at) {
  const user = mapGet(configPair?.value, "config.providers");
  const userValue = user ? textOf(user.value) : void 0;
  const origin = "generated by Strimzi (config providers)";
  const providers = `${userValue ? `${userValue},` : ""}strimzienv,strimzifile,strimzidir,strimzisecrets`;
  return [
    impliedEntry("config.providers", providers, user ? user.span : at, user ? "spec.config config.providers, extended by Strimzi" : origin),
    impliedEntry("config.providers.strimzienv.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider", at, origin),
    impliedEntry("config.providers.strimzienv.param.allowlist.pattern", ".*", at, origin),
    impliedEntry("config.providers.strimzifile.class", "org.apache.kafka.common.config.provider.FileConfigProvider", at, origin),
    impliedEntry("config.providers.strimzidir.class", "org.apache.kafka.common.config.provider.DirectoryConfigProvider", at, origin),
    impliedEntry("config.providers.strimzidir.param.allowed.paths", "/opt/kafka", at, origin),
    impliedEntry("config.providers.strimzisecrets.class", "io.strimzi.kafka.KubernetesSecretConfigProvider", at, origin)
  ];
}
function workerEntries2(spec, at, namespace, notes, originBase, configWhere) {
  const entries = [];
  const bootstrap = mapGet(spec, "bootstrapServers");
  const bootstrapEntry = bootstrap ? pairEntry(bootstrap, { key: "bootstrap.servers", origin: `${originBase}.bootstrapServers` }) : void 0;
  if (bootstrapEntry) entries.push(bootstrapEntry);
  for (const [field, key] of Object.entries(CONNECT_FIELDS)) {
    const pair = mapGet(spec, field);
    const entry = pair ? pairEntry(pair, { key, origin: `${originBase}.${field}` }) : void 0;
    if (entry) entries.push(entry);
  }
  const security = clientSecurity(spec, bootstrap?.keySpan ?? at, namespace, ["", "producer.", "consumer.", "admin."], originBase);
  entries.push(...security.entries);
  const configPair = mapGet(spec, "config");
  entries.push(...strimziConfigProviders(configPair, at));
  entries.push(...userConfig(configPair, CONNECT_LIST, notes, "connect", configWhere).filter((entry) => entry.key !== "config.providers"));
  entries.push(impliedEntry("listeners", "http://:8083", at, "Strimzi: the REST API listens on port 8083 over plain HTTP (Kafka default; Strimzi forbids changing listeners and rest.*)"));
  entries.push(impliedEntry("rest.advertised.port", "8083", at, "generated by Strimzi"));
  entries.push(impliedEntry("plugin.path", "/opt/kafka/plugins", at, "generated by Strimzi"));
  for (const prefix of ["", "producer.", "consumer.", "admin."]) {
    entries.push(impliedEntry(`${prefix}security.protocol`, security.protocol, security.at, `${originBase}.tls / authentication (generated by Strimzi)`));
  }
  return entries;
}
function connectDraft2(resource) {
  const specPair = mapGet(resource.root, "spec");
  const spec = specPair?.value;
  const at = specPair ? specPair.keySpan : resource.root.span;
  const notes = [];
  const entries = workerEntries2(spec, at, resource.namespace ?? "<namespace>", notes, "spec", "spec.config");
  entries.push(...systemProperties(nodeAt(spec, ["jvmOptions", "javaSystemProperties"]), "spec.jvmOptions.javaSystemProperties"));
  const version = parseKafkaVersion(textOf(mapGet(spec, "version")?.value) ?? "");
  return {
    format: "strimzi",
    roles: ["worker"],
    entries,
    ...resource.name !== void 0 ? { name: resource.name, group: strimziConnectGroup(resource.name) } : {},
    ...version ? { kafkaVersion: version, kafkaVersionSource: "Strimzi spec.version" } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
function strimziConnectGroup(name) {
  return `strimzi:${name}`;
}
function connectorDraft2(resource) {
  const spec = mapGet(resource.root, "spec")?.value;
  if (!spec) return void 0;
  const entries = [];
  const notes = [];
  const classPair = mapGet(spec, "class");
  const classEntry = classPair ? pairEntry(classPair, { key: "connector.class", origin: "spec.class" }) : void 0;
  if (classEntry) entries.push(classEntry);
  const tasksPair = mapGet(spec, "tasksMax");
  const tasksEntry = tasksPair ? pairEntry(tasksPair, { key: "tasks.max", origin: "spec.tasksMax" }) : void 0;
  if (tasksEntry) entries.push(tasksEntry);
  for (const pair of pairsOf(mapGet(spec, "config")?.value)) {
    const entry = pairEntry(pair, { origin: "spec.config" });
    if (!entry) continue;
    if (CONNECTOR_FORBIDDEN.includes(pair.key)) {
      notes.push({ kind: STRIMZI_IGNORED_KEY, entry, detail: `Strimzi sets ${pair.key} from the KafkaConnector resource (spec.class, spec.tasksMax, metadata.name)` });
      continue;
    }
    entries.push(entry);
  }
  return {
    format: "strimzi",
    roles: ["connector"],
    entries,
    ...resource.name !== void 0 ? { name: resource.name } : {},
    ...resource.cluster !== void 0 ? { group: strimziConnectGroup(resource.cluster) } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
function mirrorMaker2Drafts(resource) {
  const specPair = mapGet(resource.root, "spec");
  const spec = specPair?.value;
  if (!spec) return [];
  const at = specPair.keySpan;
  const namespace = resource.namespace ?? "<namespace>";
  const group = `strimzi-mm2:${resource.name ?? ""}`;
  const version = parseKafkaVersion(textOf(mapGet(spec, "version")?.value) ?? "");
  const common = { format: "strimzi", group, ...version ? { kafkaVersion: version, kafkaVersionSource: "Strimzi spec.version" } : {} };
  const clusters = /* @__PURE__ */ new Map();
  itemsOf(mapGet(spec, "clusters")?.value).forEach((node, index) => {
    const alias = textAt(node, ["alias"]);
    if (alias) clusters.set(alias, { alias, node, path: `spec.clusters[${index}]` });
  });
  const targetNode = mapGet(spec, "target")?.value;
  const targetAlias = textAt(targetNode, ["alias"]) ?? textAt(spec, ["connectCluster"]);
  if (targetNode && targetAlias) clusters.set(targetAlias, { alias: targetAlias, node: targetNode, path: "spec.target" });
  const connect = targetAlias ? clusters.get(targetAlias) : void 0;
  const drafts = [];
  if (connect) {
    const notes = [];
    const entries = workerEntries2(connect.node, at, namespace, notes, connect.path, `${connect.path}.config`);
    drafts.push({ ...common, roles: ["worker"], entries, name: `${resource.name ?? "mirror-maker-2"} (connect cluster ${connect.alias})`, ...notes.length > 0 ? { notes } : {} });
  }
  itemsOf(mapGet(spec, "mirrors")?.value).forEach((mirror, index) => {
    const sourceNode = mapGet(mirror, "source")?.value;
    const sourceAlias = textAt(sourceNode, ["alias"]) ?? textAt(mirror, ["sourceCluster"]);
    if (sourceNode && sourceAlias) clusters.set(sourceAlias, { alias: sourceAlias, node: sourceNode, path: `spec.mirrors[${index}].source` });
    const target = textAt(mirror, ["targetCluster"]) ?? targetAlias;
    const source = sourceAlias ? clusters.get(sourceAlias) : void 0;
    const targetCluster = target ? clusters.get(target) : void 0;
    for (const [field, className] of [
      ["sourceConnector", "MirrorSourceConnector"],
      ["checkpointConnector", "MirrorCheckpointConnector"],
      ["heartbeatConnector", "MirrorHeartbeatConnector"]
    ]) {
      const connectorPair = mapGet(mirror, field);
      if (!connectorPair) continue;
      const notes = [];
      const cAt = connectorPair.keySpan;
      const entries = [impliedEntry("connector.class", `org.apache.kafka.connect.mirror.${className}`, cAt, `spec.mirrors[${index}].${field} (generated by Strimzi)`)];
      if (sourceAlias) entries.push(impliedEntry("source.cluster.alias", sourceAlias, cAt, "generated by Strimzi"));
      if (target) entries.push(impliedEntry("target.cluster.alias", target, cAt, "generated by Strimzi"));
      for (const [prefix, cluster] of [
        ["source.cluster.", source],
        ["target.cluster.", targetCluster]
      ]) {
        if (!cluster) continue;
        const bootstrap = mapGet(cluster.node, "bootstrapServers");
        const bootstrapEntry = bootstrap ? pairEntry(bootstrap, { key: `${prefix}bootstrap.servers`, origin: `${cluster.path}.bootstrapServers` }) : void 0;
        if (bootstrapEntry) entries.push(bootstrapEntry);
        const security = clientSecurity(cluster.node, bootstrap?.keySpan ?? cAt, namespace, [prefix], cluster.path);
        entries.push(...security.entries);
        entries.push(impliedEntry(`${prefix}security.protocol`, security.protocol, security.at, `${cluster.path}.tls / authentication (generated by Strimzi)`));
      }
      for (const [fieldName, key] of [
        ["topicsPattern", "topics"],
        ["groupsPattern", "groups"]
      ]) {
        const pair = mapGet(mirror, fieldName);
        const entry = pair ? pairEntry(pair, { key, origin: `spec.mirrors[${index}].${fieldName}` }) : void 0;
        if (entry) entries.push(entry);
      }
      const tasks = mapGet(connectorPair.value, "tasksMax");
      const tasksEntry = tasks ? pairEntry(tasks, { key: "tasks.max", origin: `spec.mirrors[${index}].${field}.tasksMax` }) : void 0;
      if (tasksEntry) entries.push(tasksEntry);
      for (const pair of pairsOf(mapGet(connectorPair.value, "config")?.value)) {
        const entry = pairEntry(pair, { origin: `spec.mirrors[${index}].${field}.config` });
        if (!entry) continue;
        if (CONNECTOR_FORBIDDEN.includes(pair.key)) {
          notes.push({ kind: STRIMZI_IGNORED_KEY, entry, detail: `Strimzi sets ${pair.key} of MirrorMaker 2 connectors itself` });
          continue;
        }
        entries.push(entry);
      }
      drafts.push({
        ...common,
        roles: ["connector"],
        entries,
        name: `${sourceAlias ?? "?"}->${target ?? "?"}.${className}`,
        ...notes.length > 0 ? { notes } : {}
      });
    }
  });
  return drafts;
}
var KAFKA_FORBIDDEN, KAFKA_FORBIDDEN_EXCEPTIONS, CONNECT_FORBIDDEN, CONNECT_FORBIDDEN_EXCEPTIONS, CONNECTOR_FORBIDDEN, split, KAFKA_LIST, CONNECT_LIST, CONNECT_FIELDS;
var init_strimzi = __esm({
  "src/model/adapters/strimzi.ts"() {
    "use strict";
    init_version();
    init_note_kinds();
    init_yaml_nodes();
    KAFKA_FORBIDDEN = "listeners, advertised., broker., listener., host.name, port, inter.broker.listener.name, sasl., ssl., security., password., log.dir, zookeeper.connect, zookeeper.set.acl, zookeeper.ssl, zookeeper.clientCnxnSocket, authorizer., super.user, cruise.control.metrics.topic, cruise.control.metrics.reporter.bootstrap.servers,node.id, process.roles, controller., metadata.log.dir";
    KAFKA_FORBIDDEN_EXCEPTIONS = "zookeeper.connection.timeout.ms, sasl.server.max.receive.size,ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols, ssl.secure.random.implementation,cruise.control.metrics.topic.num.partitions, cruise.control.metrics.topic.replication.factor, cruise.control.metrics.topic.retention.ms,cruise.control.metrics.topic.auto.create.retries, cruise.control.metrics.topic.auto.create.timeout.ms,cruise.control.metrics.topic.min.insync.replicas,controller.quorum.election.backoff.max.ms, controller.quorum.election.timeout.ms, controller.quorum.fetch.timeout.ms";
    CONNECT_FORBIDDEN = "ssl., sasl., security., listeners, plugin.path, rest., bootstrap.servers, consumer.interceptor.classes, producer.interceptor.classes";
    CONNECT_FORBIDDEN_EXCEPTIONS = "ssl.endpoint.identification.algorithm, ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols";
    CONNECTOR_FORBIDDEN = ["name", "connector.class", "tasks.max"];
    split = (list) => list.split(/\s*,+\s*/).map((item) => item.trim()).filter((item) => item !== "");
    KAFKA_LIST = { prefixes: split(KAFKA_FORBIDDEN), exceptions: new Set(split(KAFKA_FORBIDDEN_EXCEPTIONS)), where: "spec.kafka.config" };
    CONNECT_LIST = { prefixes: split(CONNECT_FORBIDDEN), exceptions: new Set(split(CONNECT_FORBIDDEN_EXCEPTIONS)), where: "spec.config" };
    CONNECT_FIELDS = {
      groupId: "group.id",
      configStorageTopic: "config.storage.topic",
      offsetStorageTopic: "offset.storage.topic",
      statusStorageTopic: "status.storage.topic"
    };
  }
});

// src/model/adapters/yaml.ts
var yaml_exports = {};
__export(yaml_exports, {
  readYaml: () => readYaml
});
function connectorYamlDrafts(root) {
  if (root.kind === "seq") return root.items.flatMap((item) => connectorYamlDrafts(item));
  if (root.kind !== "map") return [];
  const config = mapGet(root, "config")?.value;
  const members = config?.kind === "map" && mapGet(config, "connector.class") ? config : mapGet(root, "connector.class") ? root : void 0;
  if (!members) return [];
  const entries = members.pairs.map((pair) => pairEntry(pair)).filter((entry) => entry !== void 0);
  const name = textOf(mapGet(root, "name")?.value);
  return [{ format: "yaml", roles: ["connector"], entries, ...name !== void 0 ? { name } : {} }];
}
var readYaml, TEMPLATE_MARKER;
var init_yaml2 = __esm({
  "src/model/adapters/yaml.ts"() {
    "use strict";
    init_yaml();
    init_cfk();
    init_compose();
    init_helm();
    init_strimzi();
    init_yaml_nodes();
    readYaml = (source) => {
      const parsed = parseYaml(source.text);
      if (!parsed.ok) return TEMPLATE_MARKER.test(source.text) ? { drafts: [] } : { drafts: [], error: parsed.error };
      const comments = parsed.value.comments.map((comment) => ({ line: comment.line, text: comment.text }));
      const strimzi = [];
      const cfk = [];
      const drafts = [];
      for (const document of parsed.value.documents) {
        const root = document.root;
        if (!root) continue;
        const apiVersion = root.kind === "map" ? textAt(root, ["apiVersion"]) : void 0;
        if (root.kind === "map" && apiVersion?.startsWith("kafka.strimzi.io/")) strimzi.push(root);
        else if (root.kind === "map" && apiVersion !== void 0 && /(^|\.)platform\.confluent\.io\//.test(apiVersion)) cfk.push(root);
        else if (root.kind === "map" && apiVersion === void 0 && isComposeFile(root, source.file)) drafts.push(...composeToDrafts(root, source.file));
        else if (root.kind === "map" && apiVersion === void 0 && isHelmValues(root)) drafts.push(...helmToDrafts(root, source.file));
        else if (apiVersion === void 0) drafts.push(...connectorYamlDrafts(root));
      }
      drafts.unshift(...strimziToDrafts(strimzi), ...cfkToDrafts(cfk));
      return { drafts: drafts.map((draft) => ({ ...draft, comments })) };
    };
    TEMPLATE_MARKER = /\{\{-?\s*[.$A-Za-z_(]|\{%-?\s*\w/;
  }
});

// src/parse/babel.ts
var loadBabel;
var init_babel = __esm({
  "src/parse/babel.ts"() {
    "use strict";
    init_beside();
    loadBabel = lazyBeside(true ? "./babel-parser.cjs" : void 0, "@babel/parser");
  }
});

// src/parse/javascript.ts
function parseJavaScript(text, fileName) {
  const lower = fileName.toLowerCase();
  const typescript = /\.(ts|mts|cts|tsx)$/.test(lower);
  const attempts = typescript ? [lower.endsWith(".tsx") ? ["typescript", "jsx"] : ["typescript"]] : [["jsx"], ["jsx", "flow"], ["typescript"]];
  let first;
  const babel = loadBabel();
  for (const plugins of attempts) {
    try {
      const file = babel.parse(text, {
        sourceType: "unambiguous",
        errorRecovery: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        plugins: [...plugins ?? [], "decorators-legacy", "classProperties", "topLevelAwait"]
      });
      return { ok: true, value: file };
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: "JavaScript nested too deeply to read" } };
      first ??= error;
    }
  }
  const loc = first.loc;
  const reason = (first instanceof Error ? first.message : "").replace(/\s*\(\d+:\d+\)\s*$/, "").replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "\u2026");
  return { ok: false, error: { line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1, message: reason ? `not valid JavaScript: ${reason}` : "not valid JavaScript" } };
}
var init_javascript = __esm({
  "src/parse/javascript.ts"() {
    "use strict";
    init_babel();
  }
});

// src/model/adapters/javascript.ts
var javascript_exports = {};
__export(javascript_exports, {
  readJavaScript: () => readJavaScript
});
function walk(node, visit) {
  const stack = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== "object") continue;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    const current = item;
    if (typeof current.type !== "string") continue;
    visit(current);
    for (const [key, value] of Object.entries(current)) if (!SKIP_KEYS.has(key) && value && typeof value === "object") stack.push(value);
  }
}
function calleeName(callee) {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier") return callee.property.name;
  return void 0;
}
function collectObjectBindings(program2) {
  const out = /* @__PURE__ */ new Map();
  walk(program2, (node) => {
    if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && node.init) {
      let init = node.init;
      while (init.type === "TSAsExpression" || init.type === "TSSatisfiesExpression" || init.type === "TypeCastExpression") init = init.expression;
      if (init.type === "ObjectExpression" && !out.has(node.id.name)) out.set(node.id.name, init);
    }
  });
  return out;
}
function resolveObject(node, bindings) {
  if (!node) return void 0;
  if (node.type === "ObjectExpression") return node;
  if (node.type === "Identifier") return bindings.get(node.name);
  return void 0;
}
function keyName(property) {
  if (property.computed) return property.key.type === "StringLiteral" ? property.key.value : void 0;
  if (property.key.type === "Identifier") return property.key.name;
  if (property.key.type === "StringLiteral") return property.key.value;
  return void 0;
}
function properties(object) {
  return object.properties.filter((property) => property.type === "ObjectProperty");
}
function propertyNamed(object, name) {
  return [...properties(object)].reverse().find((property) => keyName(property) === name);
}
function unwrap(node) {
  let current = node;
  while (current.type === "TSAsExpression" || current.type === "TSSatisfiesExpression" || current.type === "TSNonNullExpression" || current.type === "ParenthesizedExpression" || current.type === "TypeCastExpression") {
    current = current.expression;
  }
  return current;
}
function literal(wrapped) {
  const node = unwrap(wrapped);
  switch (node.type) {
    case "StringLiteral":
      return node.value;
    case "NumericLiteral":
      return String(node.value);
    case "BooleanLiteral":
      return String(node.value);
    case "TemplateLiteral":
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join("") : void 0;
    default:
      return void 0;
  }
}
function spanOf2(node) {
  const loc = node.loc;
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}
function innerSpan(node, value) {
  const span = spanOf2(node);
  if ((node.type === "StringLiteral" || node.type === "TemplateLiteral") && span.line === span.endLine && span.endColumn - span.column === value.length + 2) {
    return { line: span.line, column: span.column + 1, endLine: span.line, endColumn: span.endColumn - 1 };
  }
  return span;
}
function objectOrLiteral(value, bindings) {
  const node = unwrap(value);
  return node.type === "Identifier" ? bindings.get(node.name) ?? node : node;
}
function isKafkaJsShaped(object) {
  return ["brokers", "ssl", "sasl", "clientId"].some((name) => propertyNamed(object, name) !== void 0);
}
function kafkaJsDraft(config, bindings) {
  const entries = [];
  const origin = "kafkajs new Kafka()";
  const brokers = propertyNamed(config, "brokers");
  const brokerList = brokers ? unwrap(brokers.value) : void 0;
  if (brokers && brokerList?.type === "ArrayExpression") {
    const items = brokerList.elements.map((element) => element ? literal(element) : void 0);
    if (items.length > 0 && items.every((item) => item !== void 0)) {
      entries.push(createEntry({ key: "bootstrap.servers", value: items.join(","), span: spanOf2(brokers), valueSpan: spanOf2(brokerList), origin: `${origin} brokers` }));
    }
  }
  const clientId = propertyNamed(config, "clientId");
  const clientIdValue = clientId ? literal(clientId.value) : void 0;
  if (clientId && clientIdValue !== void 0) entries.push(createEntry({ key: "client.id", value: clientIdValue, span: spanOf2(clientId), valueSpan: innerSpan(clientId.value, clientIdValue), origin: `${origin} clientId` }));
  const ssl = propertyNamed(config, "ssl");
  let tls = ssl ? void 0 : false;
  if (ssl) {
    const sslValue = objectOrLiteral(ssl.value, bindings);
    if (sslValue.type === "BooleanLiteral") tls = sslValue.value;
    else if (sslValue.type === "ObjectExpression") {
      tls = true;
      const reject = propertyNamed(sslValue, "rejectUnauthorized");
      if (reject && reject.value.type === "BooleanLiteral" && !reject.value.value) {
        entries.push(createEntry({ key: "ssl.endpoint.identification.algorithm", value: "", span: spanOf2(reject), valueSpan: spanOf2(reject.value), origin: `${origin} ssl.rejectUnauthorized: false (no certificate verification)` }));
      }
      const passphrase = propertyNamed(sslValue, "passphrase");
      const passphraseValue = passphrase ? literal(passphrase.value) : void 0;
      if (passphrase && passphraseValue !== void 0) {
        entries.push(createEntry({ key: "ssl.key.password", value: passphraseValue, span: spanOf2(passphrase), valueSpan: innerSpan(passphrase.value, passphraseValue), origin: `${origin} ssl.passphrase` }));
      }
    }
  }
  const sasl = propertyNamed(config, "sasl");
  const saslValue = sasl ? objectOrLiteral(sasl.value, bindings) : void 0;
  let usesSasl = sasl ? void 0 : false;
  if (sasl && saslValue?.type === "ObjectExpression") {
    usesSasl = true;
    const mechanismProperty = propertyNamed(saslValue, "mechanism");
    const mechanismText = mechanismProperty ? literal(mechanismProperty.value) : void 0;
    const mechanism = mechanismText !== void 0 ? KAFKAJS_MECHANISMS[mechanismText.toLowerCase()] ?? mechanismText.toUpperCase() : void 0;
    if (mechanismProperty && mechanism !== void 0) {
      entries.push(createEntry({ key: "sasl.mechanism", value: mechanism, span: spanOf2(mechanismProperty), valueSpan: innerSpan(mechanismProperty.value, mechanismText), origin: `${origin} sasl.mechanism` }));
    }
    const username = propertyNamed(saslValue, "username");
    const password = propertyNamed(saslValue, "password");
    const user = username ? literal(username.value) : void 0;
    const secret = password ? literal(password.value) : void 0;
    const module2 = mechanism === "PLAIN" ? "org.apache.kafka.common.security.plain.PlainLoginModule" : mechanism?.startsWith("SCRAM-") ? "org.apache.kafka.common.security.scram.ScramLoginModule" : void 0;
    if (password && module2 && user !== void 0 && secret !== void 0) {
      entries.push(
        createEntry({
          key: "sasl.jaas.config",
          value: `${module2} required username="${user}" password="${secret}";`,
          span: spanOf2(password),
          valueSpan: innerSpan(password.value, secret),
          origin: `${origin} sasl.username / sasl.password`
        })
      );
    }
  } else if (sasl && saslValue && (saslValue.type === "NullLiteral" || saslValue.type === "Identifier" && saslValue.name === "undefined")) {
    usesSasl = false;
  }
  if (tls !== void 0 && usesSasl !== void 0) {
    const protocol = `${usesSasl ? "SASL_" : ""}${tls ? "SSL" : "PLAINTEXT"}`;
    const at = ssl ?? sasl;
    const span = at ? spanOf2(at) : { ...spanOf2(config), endLine: spanOf2(config).line, endColumn: spanOf2(config).column + 1 };
    entries.push(createEntry({ key: "security.protocol", value: protocol, span, origin: `${origin} ${ssl ? "ssl" : sasl ? "sasl" : "(no ssl: kafkajs connects in plaintext)"}` }));
  }
  if (entries.length === 0) return void 0;
  return { format: "javascript", roles: ["client"], entries, name: `kafkajs client (line ${spanOf2(config).line})` };
}
function isLibrdkafkaShaped(object) {
  return properties(object).some((property) => {
    const name = keyName(property);
    return name !== void 0 && LIBRDKAFKA_KEY.test(name);
  });
}
function librdkafkaDraft(object) {
  const entries = [];
  for (const property of properties(object)) {
    const name = keyName(property);
    if (name === void 0 || !name.includes(".")) continue;
    let value = literal(property.value);
    if (value === void 0) continue;
    const valueSpan = innerSpan(property.value, value);
    let origin = "librdkafka config";
    if (name === "ssl.endpoint.identification.algorithm" && value.toLowerCase() === "none") {
      value = "";
      origin = "librdkafka config ('none' disables hostname verification)";
    }
    entries.push(createEntry({ key: name, value, span: joinSpans(spanOf2(property.key), spanOf2(property.value)), valueSpan, origin }));
  }
  if (entries.length === 0) return void 0;
  return { format: "javascript", roles: ["client"], entries, name: `librdkafka client (line ${spanOf2(object).line})` };
}
var readJavaScript, SKIP_KEYS, KAFKAJS_MECHANISMS, LIBRDKAFKA_KEY;
var init_javascript2 = __esm({
  "src/model/adapters/javascript.ts"() {
    "use strict";
    init_javascript();
    init_entry();
    init_location();
    readJavaScript = (source) => {
      const parsed = parseJavaScript(source.text, source.file);
      if (!parsed.ok) return { drafts: [], error: parsed.error };
      const file = parsed.value;
      const comments = (file.comments ?? []).map((comment) => ({ line: comment.loc?.start.line ?? 1, text: comment.value }));
      const bindings = collectObjectBindings(file.program);
      const drafts = [];
      const seen = /* @__PURE__ */ new Set();
      walk(file.program, (node) => {
        if (node.type === "NewExpression" && calleeName(node.callee) === "Kafka") {
          const config = resolveObject(node.arguments[0], bindings);
          if (!config || seen.has(config)) return;
          const kafkaJs = propertyNamed(config, "kafkaJS");
          const target = kafkaJs && kafkaJs.value.type === "ObjectExpression" ? kafkaJs.value : isKafkaJsShaped(config) ? config : void 0;
          if (target && !seen.has(target)) {
            seen.add(target);
            const draft = kafkaJsDraft(target, bindings);
            if (draft) drafts.push(draft);
          }
          return;
        }
        if (node.type === "ObjectExpression" && !seen.has(node) && isLibrdkafkaShaped(node)) {
          seen.add(node);
          const draft = librdkafkaDraft(node);
          if (draft) drafts.push(draft);
        }
      });
      return { drafts: drafts.map((draft) => ({ ...draft, comments })) };
    };
    SKIP_KEYS = /* @__PURE__ */ new Set(["loc", "start", "end", "leadingComments", "trailingComments", "innerComments", "extra", "range", "tokens", "comments", "errors"]);
    KAFKAJS_MECHANISMS = {
      plain: "PLAIN",
      "scram-sha-256": "SCRAM-SHA-256",
      "scram-sha-512": "SCRAM-SHA-512",
      aws: "AWS_MSK_IAM",
      oauthbearer: "OAUTHBEARER"
    };
    LIBRDKAFKA_KEY = /^(bootstrap\.servers|metadata\.broker\.list|security\.protocol|sasl\.[a-z.]+|ssl\.[a-z.]+|enable\.ssl\.certificate\.verification)$/;
  }
});

// src/scan/readers.ts
function registerReaders() {
  if (registered) return;
  registered = true;
  registerLazyReader("jaas", async () => (await Promise.resolve().then(() => (init_jaas_file(), jaas_file_exports))).readJaasFile);
  registerLazyReader("yaml", async () => (await Promise.resolve().then(() => (init_yaml2(), yaml_exports))).readYaml);
  registerLazyReader("javascript", async () => (await Promise.resolve().then(() => (init_javascript2(), javascript_exports))).readJavaScript);
}
var registered;
var init_readers = __esm({
  "src/scan/readers.ts"() {
    "use strict";
    init_build();
    registered = false;
  }
});

// src/scan/threads.ts
function threadCount(files, env = process.env, cores) {
  const forced = env.CONNECT_AUDIT_THREADS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (files < THREADS_FROM_FILES) return 0;
  const available = cores ?? (0, import_node_module5.createRequire)(__connectAuditBundleUrl)("node:os").availableParallelism();
  return available >= THREADS_FROM_CORES ? Math.min(available - 1, 4) : 0;
}
function workerEntry() {
  return true ? new URL(__connectAuditBundleUrl) : new URL("../cli/main.js", __connectAuditBundleUrl);
}
function workerDataFor(config) {
  try {
    const { rules: rules2, kafkaVersion, policy, inlineSuppressions, today, fingerprints } = config;
    return { connectAuditPassOne: true, ruleIds: rules2.map((rule2) => rule2.id), kafkaVersion, policy: policyToSnapshot(policy), policyPath: policy.path, inlineSuppressions, today, fingerprints };
  } catch {
    return void 0;
  }
}
async function runPassOne(tasks, judge, threads, onOutcome, onWorkerFailure = () => void 0) {
  const data = threads > 0 && tasks.length > 0 ? workerDataFor(judge.config) : void 0;
  if (data === void 0) {
    for (const task of tasks) await onOutcome(await judge.passOne(task));
    return;
  }
  const { Worker } = (0, import_node_module5.createRequire)(__connectAuditBundleUrl)("node:worker_threads");
  const returned = /* @__PURE__ */ new Map();
  let failed = false;
  let finished = false;
  const fail = () => {
    if (finished) return;
    if (!failed) onWorkerFailure();
    failed = true;
    notify();
  };
  let wake;
  const notify = () => {
    const waiting = wake;
    wake = void 0;
    waiting?.();
  };
  let next = 0;
  const nextChunk = () => {
    if (next >= tasks.length) return null;
    const chunk = tasks.slice(next, next + CHUNK);
    next += chunk.length;
    return chunk;
  };
  const workers = [];
  for (let i = 0; i < Math.min(threads, Math.ceil(tasks.length / CHUNK)); i++) {
    const worker = new Worker(workerEntry(), { workerData: data, argv: [PASS_ONE_WORKER_ARGUMENT] });
    workers.push(worker);
    worker.on("message", (outcomes) => {
      for (const outcome of outcomes) returned.set(outcome.index, outcome);
      worker.postMessage(nextChunk());
      notify();
    });
    worker.on("error", fail);
    worker.on("exit", (code2) => {
      if (code2 !== 0) fail();
      else notify();
    });
    worker.postMessage(nextChunk());
  }
  try {
    for (const task of tasks) {
      while (!returned.has(task.index) && !failed) await new Promise((resolve8) => wake = resolve8);
      const outcome = returned.get(task.index) ?? await judge.passOne(task);
      returned.delete(task.index);
      await onOutcome(outcome);
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
var import_node_module5, THREADS_FROM_FILES, CHUNK, THREADS_FROM_CORES;
var init_threads = __esm({
  "src/scan/threads.ts"() {
    "use strict";
    import_node_module5 = require("node:module");
    init_snapshot();
    init_worker_argument();
    THREADS_FROM_FILES = 1e3;
    CHUNK = 64;
    THREADS_FROM_CORES = 4;
  }
});

// src/scan/workers-directory.ts
function answers(sketch) {
  const roles = sketch.roles;
  return { file: sketch.file, group: sketch.group, roles, role: roles[0] ?? "client", hasRole: (role) => roles.includes(role) };
}
function standInFor(sketch, unknown) {
  const known = answers(sketch);
  return new Proxy(Object.create(ConfigDocument.prototype), {
    get(_target, property) {
      if (typeof property === "string" && Object.hasOwn(known, property)) return known[property];
      return unknown();
    }
  });
}
var WorkersDirectory;
var init_workers_directory = __esm({
  "src/scan/workers-directory.ts"() {
    "use strict";
    init_config_document();
    init_deployment();
    WorkersDirectory = class {
      #standIns = [];
      #places = /* @__PURE__ */ new Map();
      #unknown;
      #deployment;
      constructor(unknown) {
        this.#unknown = unknown;
      }
      /** Records a worker as its file is read (in document order); its document is not kept. */
      add(sketch, fileIndex) {
        const standIn = standInFor(sketch, this.#unknown);
        this.#places.set(standIn, { fileIndex, position: sketch.position });
        this.#standIns.push(standIn);
      }
      /** Where the documents of `connector`'s workers are, in Deployment.workersFor order. */
      workersFor(connector) {
        this.#deployment ??= new Deployment(this.#standIns);
        return this.#deployment.workersFor(connector).map((standIn) => this.#places.get(standIn));
      }
    };
  }
});

// src/scan/scan.ts
var scan_exports = {};
__export(scan_exports, {
  MAX_FILE_BYTES: () => MAX_FILE_BYTES,
  UnknownRuleError: () => UnknownRuleError,
  scan: () => scan,
  selectRules: () => selectRules
});
function selectRules(ruleIds) {
  if (!ruleIds) return [...rules];
  const known = new Map(rules.map((rule2) => [rule2.id, rule2]));
  return ruleIds.map((id) => {
    const rule2 = known.get(id);
    if (!rule2) throw new UnknownRuleError(id);
    return rule2;
  });
}
async function scan(options) {
  registerReaders();
  const kafkaVersion = options.kafkaVersion ?? NEWEST_KAFKA_VERSION;
  const rules2 = selectRules(options.ruleIds);
  const discovery = discover(options.paths, { cwd: options.cwd, exclude: options.exclude ?? [], gitignore: options.gitignore ?? true, ...options.root !== void 0 ? { root: options.root } : {} });
  const policy = await resolvePolicy(options.threatModel, discovery.root, options.cwd, discovery.notices);
  const errors = discovery.missing.map((notice) => ({ file: notice.path, line: 0, column: 0, message: notice.message }));
  const judge = new FileJudge({ rules: rules2, kafkaVersion, policy, inlineSuppressions: options.inlineSuppressions ?? true, today: options.today ?? utcToday(), fingerprints: options.fingerprints ?? true });
  const findingsOf = [];
  const failuresOf = [];
  const pending = [];
  let needsEverything = false;
  const unknown = () => {
    needsEverything = true;
    throw new Error("this rule needs more of the deployment than the workers of a connector");
  };
  const directory = new WorkersDirectory(unknown);
  const workerFiles = /* @__PURE__ */ new Map();
  let documentCount = 0;
  let done = 0;
  const tasks = [];
  for (const [index, file] of discovery.files.entries()) {
    const judged = options.judges?.(file.displayPath) ?? true;
    if (!judged && (file.kind === "json" || file.kind === "javascript")) options.onProgress?.(++done, discovery.files.length);
    else tasks.push({ index, file, judged });
  }
  await runPassOne(tasks, judge, threadCount(tasks.length), (outcome) => {
    const { index } = outcome;
    const file = discovery.files[index];
    if (outcome.error) errors.push(outcome.error);
    options.onProgress?.(++done, discovery.files.length);
    documentCount += outcome.documents;
    const source = outcome.digest !== void 0 ? { index, file, digest: outcome.digest } : void 0;
    if (outcome.workers) {
      workerFiles.set(index, source);
      for (const sketch of outcome.workers) directory.add(sketch, index);
    }
    if (outcome.waiting) pending.push({ source, slots: outcome.waiting });
    if (outcome.findings) findingsOf[index] = outcome.findings;
    if (outcome.failures) failuresOf[index] = outcome.failures;
  }, () => options.onWarning?.("a worker thread failed; the rest of the scan ran on one thread (set CONNECT_AUDIT_THREADS=0 to skip threads)"));
  if (pending.length > 0) {
    const changed2 = /* @__PURE__ */ new Set();
    const readAgain = async (source) => {
      if (changed2.has(source.index)) return void 0;
      const read2 = await readDocuments(source.file, kafkaVersion);
      if (read2.documents && !read2.error && sha256Hex(read2.text) === source.digest) return read2.documents;
      errors.push({ file: source.file.displayPath, line: 0, column: 0, message: "changed while it was being scanned; scan again" });
      changed2.add(source.index);
      return void 0;
    };
    const finish = (source, documents, slots) => {
      const { findings, failures } = judge.finish(documents, slots, source.file);
      if (findings) findingsOf[source.index] = findings;
      if (failures) failuresOf[source.index] = failures;
    };
    const recent = /* @__PURE__ */ new Map();
    for (const { source, slots } of pending) {
      const documents = await readAgain(source);
      if (!documents) continue;
      while (recent.size > RECENT_WORKER_FILES) recent.delete(recent.keys().next().value);
      if (workerFiles.has(source.index)) recent.set(source.index, documents);
      try {
        for (const d of new Set(slots.filter((slot) => !slot.run).map((slot) => slot.doc))) {
          for (const { fileIndex } of directory.workersFor(documents[d])) {
            const known = recent.get(fileIndex);
            recent.delete(fileIndex);
            const built = known ?? await readAgain(workerFiles.get(fileIndex)) ?? [];
            recent.set(fileIndex, built);
          }
        }
      } catch {
      }
      if (needsEverything) break;
      const deployment = workersFrom(directory, recent, unknown);
      const runs = judge.rerun(slots, documents, deployment, source.file);
      if (needsEverything) break;
      finish(source, documents, runs);
    }
    if (needsEverything) {
      const all = [];
      const documentsOf = /* @__PURE__ */ new Map();
      const pendingAt = new Map(pending.map((item) => [item.source.index, item]));
      for (const [index, file] of discovery.files.entries()) {
        const item = pendingAt.get(index);
        const source = item?.source ?? workerFiles.get(index);
        const documents = (source ? await readAgain(source) : (await readDocuments(file, kafkaVersion)).documents) ?? [];
        documentsOf.set(index, documents);
        all.push(...documents);
      }
      const everything = new Deployment(all);
      for (const { source, slots } of pending) {
        delete findingsOf[source.index];
        delete failuresOf[source.index];
        if (changed2.has(source.index)) continue;
        const documents = documentsOf.get(source.index);
        finish(source, documents, judge.rerun(slots, documents, everything, source.file));
      }
    }
  }
  for (const failure2 of failuresOf.flat()) {
    errors.push({ file: failure2.file, line: 0, column: 0, message: `rule ${failure2.ruleId} failed: ${failure2.message}` });
  }
  return {
    tool: "connect-audit",
    version: packageVersion(),
    threatModel: { path: policy.path, sha256: policy.sha256 },
    kafkaVersion: formatVersion(kafkaVersion),
    root: discovery.root,
    filesScanned: discovery.files.length,
    documents: documentCount,
    findings: findingsOf.flat(),
    errors: errors.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
    notices: discovery.notices
  };
}
function workersFrom(directory, built, unknown) {
  const workersFor = (connector) => directory.workersFor(connector).map(({ fileIndex, position }) => built.get(fileIndex)?.[position] ?? unknown());
  return new Proxy(Object.create(Deployment.prototype), {
    get(_target, property) {
      return property === "workersFor" ? workersFor : unknown();
    }
  });
}
var UnknownRuleError, RECENT_WORKER_FILES;
var init_scan = __esm({
  "src/scan/scan.ts"() {
    "use strict";
    init_rules();
    init_walk();
    init_suppressions();
    init_deployment();
    init_hash();
    init_package_root();
    init_version();
    init_builtin_policy();
    init_pass_one();
    init_readers();
    init_threads();
    init_workers_directory();
    init_pass_one();
    UnknownRuleError = class extends Error {
      constructor(id) {
        super(`unknown rule "${id}" (see connect-audit rules)`);
      }
    };
    RECENT_WORKER_FILES = 64;
  }
});

// src/report/summary.ts
function summarize(result) {
  const byClassification = { VALID: 0, "BY-DESIGN": 0, "OUT-OF-MODEL": 0 };
  const bySeverity2 = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of result.findings) {
    byClassification[finding.classification]++;
    if (finding.classification === "VALID") bySeverity2[finding.severity]++;
  }
  return { files: result.filesScanned, findings: result.findings.length, byClassification, bySeverity: bySeverity2, errors: result.errors.length };
}
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
  }
});

// src/report/text.ts
var text_exports = {};
__export(text_exports, {
  PLAIN: () => PLAIN,
  textChunks: () => textChunks
});
function* textChunks(result, options, c = PLAIN) {
  const shown2 = options.showAll ? result.findings : result.findings.filter((finding) => finding.classification === "VALID");
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of shown2) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  for (const [file, findings] of byFile) {
    const out2 = [c.underline(file)];
    const ordered = [...findings].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
    for (const finding of ordered) out2.push(formatFinding(finding, c, options.showAll));
    yield `${out2.join("\n")}

`;
  }
  const out = [];
  for (const error of result.errors) {
    const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
    out.push(`${c.red("error")} ${where}: ${error.message}`);
  }
  if (result.errors.length > 0) out.push("");
  out.push(summaryLine(result, c, options.showAll));
  out.push(c.dim(`threat model: ${result.threatModel.path} (sha256 ${result.threatModel.sha256.slice(0, 12)}), Kafka ${result.kafkaVersion}`));
  yield `${out.join("\n")}
`;
}
function rank(finding) {
  const classRank2 = finding.classification === "VALID" ? 0 : finding.classification === "BY-DESIGN" ? 1 : 2;
  return classRank2 * 10 + SEVERITY_ORDER.indexOf(finding.severity);
}
function formatFinding(finding, c, showReason) {
  const severity = severityLabel(finding.severity, c);
  const classification = finding.classification === "VALID" ? c.bold(finding.classification) : c.dim(finding.classification);
  const head = `  ${c.dim(`${finding.line}:${finding.column}`.padEnd(8))}${severity} ${classification.padEnd(0)} ${finding.message} ${c.dim(finding.ruleId)}`;
  if (!showReason || finding.classification === "VALID") return head;
  return `${head}
          ${c.dim(`${finding.section}: ${finding.reason}`)}`;
}
function severityLabel(severity, c) {
  const label = severity.padEnd(8);
  switch (severity) {
    case "critical":
      return c.magenta.bold(label);
    case "high":
      return c.red(label);
    case "medium":
      return c.yellow(label);
    case "low":
      return c.blue(label);
  }
}
function summaryLine(result, c, showAll) {
  const summary2 = summarize(result);
  const { VALID: valid, "BY-DESIGN": byDesign, "OUT-OF-MODEL": outOfModel } = summary2.byClassification;
  const counts = `${valid} VALID, ${byDesign} BY-DESIGN, ${outOfModel} OUT-OF-MODEL in ${summary2.files} file${summary2.files === 1 ? "" : "s"}`;
  const errors = summary2.errors > 0 ? c.red(`, ${summary2.errors} error${summary2.errors === 1 ? "" : "s"}`) : "";
  const hint = !showAll && byDesign + outOfModel > 0 ? c.dim(" (--show-all lists them with their reasons)") : "";
  return `${valid > 0 ? c.red.bold(counts) : c.green(counts)}${errors}${hint}`;
}
var SEVERITY_ORDER, same, PLAIN;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_summary();
    SEVERITY_ORDER = ["critical", "high", "medium", "low"];
    same = (text) => text;
    PLAIN = {
      underline: same,
      bold: same,
      dim: same,
      red: Object.assign((text) => text, { bold: same }),
      magenta: { bold: same },
      yellow: same,
      blue: same,
      green: same
    };
  }
});

// node_modules/chalk/source/vendor/ansi-styles/index.js
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches2 = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches2) {
          return [0, 0, 0];
        }
        let [colorString] = matches2;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code2) {
        if (code2 < 8) {
          return 30 + code2;
        }
        if (code2 < 16) {
          return 90 + (code2 - 8);
        }
        let red;
        let green;
        let blue;
        if (code2 >= 232) {
          red = ((code2 - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code2 -= 16;
          const remainder = code2 % 36;
          red = Math.floor(code2 / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ANSI_BACKGROUND_OFFSET, wrapAnsi16, wrapAnsi256, wrapAnsi16m, styles, modifierNames, foregroundColorNames, backgroundColorNames, colorNames, ansiStyles, ansi_styles_default;
var init_ansi_styles = __esm({
  "node_modules/chalk/source/vendor/ansi-styles/index.js"() {
    ANSI_BACKGROUND_OFFSET = 10;
    wrapAnsi16 = (offset = 0) => (code2) => `\x1B[${code2 + offset}m`;
    wrapAnsi256 = (offset = 0) => (code2) => `\x1B[${38 + offset};5;${code2}m`;
    wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
    styles = {
      modifier: {
        reset: [0, 0],
        // 21 isn't widely supported and 22 does the same thing
        bold: [1, 22],
        dim: [2, 22],
        italic: [3, 23],
        underline: [4, 24],
        overline: [53, 55],
        inverse: [7, 27],
        hidden: [8, 28],
        strikethrough: [9, 29]
      },
      color: {
        black: [30, 39],
        red: [31, 39],
        green: [32, 39],
        yellow: [33, 39],
        blue: [34, 39],
        magenta: [35, 39],
        cyan: [36, 39],
        white: [37, 39],
        // Bright color
        blackBright: [90, 39],
        gray: [90, 39],
        // Alias of `blackBright`
        grey: [90, 39],
        // Alias of `blackBright`
        redBright: [91, 39],
        greenBright: [92, 39],
        yellowBright: [93, 39],
        blueBright: [94, 39],
        magentaBright: [95, 39],
        cyanBright: [96, 39],
        whiteBright: [97, 39]
      },
      bgColor: {
        bgBlack: [40, 49],
        bgRed: [41, 49],
        bgGreen: [42, 49],
        bgYellow: [43, 49],
        bgBlue: [44, 49],
        bgMagenta: [45, 49],
        bgCyan: [46, 49],
        bgWhite: [47, 49],
        // Bright color
        bgBlackBright: [100, 49],
        bgGray: [100, 49],
        // Alias of `bgBlackBright`
        bgGrey: [100, 49],
        // Alias of `bgBlackBright`
        bgRedBright: [101, 49],
        bgGreenBright: [102, 49],
        bgYellowBright: [103, 49],
        bgBlueBright: [104, 49],
        bgMagentaBright: [105, 49],
        bgCyanBright: [106, 49],
        bgWhiteBright: [107, 49]
      }
    };
    modifierNames = Object.keys(styles.modifier);
    foregroundColorNames = Object.keys(styles.color);
    backgroundColorNames = Object.keys(styles.bgColor);
    colorNames = [...foregroundColorNames, ...backgroundColorNames];
    ansiStyles = assembleStyles();
    ansi_styles_default = ansiStyles;
  }
});

// node_modules/chalk/source/vendor/supports-color/browser.js
var level, colorSupport, supportsColor, browser_default;
var init_browser = __esm({
  "node_modules/chalk/source/vendor/supports-color/browser.js"() {
    level = (() => {
      if (!("navigator" in globalThis)) {
        return 0;
      }
      if (globalThis.navigator.userAgentData) {
        const brand = navigator.userAgentData.brands.find(({ brand: brand2 }) => brand2 === "Chromium");
        if (brand && brand.version > 93) {
          return 3;
        }
      }
      if (/\b(Chrome|Chromium)\//.test(globalThis.navigator.userAgent)) {
        return 1;
      }
      return 0;
    })();
    colorSupport = level !== 0 && {
      level,
      hasBasic: true,
      has256: level >= 2,
      has16m: level >= 3
    };
    supportsColor = {
      stdout: colorSupport,
      stderr: colorSupport
    };
    browser_default = supportsColor;
  }
});

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
var init_utilities = __esm({
  "node_modules/chalk/source/utilities.js"() {
  }
});

// node_modules/chalk/source/index.js
function createChalk(options) {
  return chalkFactory(options);
}
var stdoutColor, stderrColor, GENERATOR, STYLER, IS_EMPTY, levelMapping, styles2, applyOptions, Chalk, chalkFactory, getModelAnsi, usedModels, proto, createStyler, createBuilder, applyStyle, chalk, chalkStderr;
var init_source = __esm({
  "node_modules/chalk/source/index.js"() {
    init_ansi_styles();
    init_browser();
    init_utilities();
    ({ stdout: stdoutColor, stderr: stderrColor } = browser_default);
    GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
    STYLER = /* @__PURE__ */ Symbol("STYLER");
    IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
    levelMapping = [
      "ansi",
      "ansi",
      "ansi256",
      "ansi16m"
    ];
    styles2 = /* @__PURE__ */ Object.create(null);
    applyOptions = (object, options = {}) => {
      if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
        throw new Error("The `level` option should be an integer from 0 to 3");
      }
      const colorLevel = stdoutColor ? stdoutColor.level : 0;
      object.level = options.level === void 0 ? colorLevel : options.level;
    };
    Chalk = class {
      constructor(options) {
        return chalkFactory(options);
      }
    };
    chalkFactory = (options) => {
      const chalk2 = (...strings) => strings.join(" ");
      applyOptions(chalk2, options);
      Object.setPrototypeOf(chalk2, createChalk.prototype);
      return chalk2;
    };
    Object.setPrototypeOf(createChalk.prototype, Function.prototype);
    for (const [styleName, style] of Object.entries(ansi_styles_default)) {
      styles2[styleName] = {
        get() {
          const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
          Object.defineProperty(this, styleName, { value: builder });
          return builder;
        }
      };
    }
    styles2.visible = {
      get() {
        const builder = createBuilder(this, this[STYLER], true);
        Object.defineProperty(this, "visible", { value: builder });
        return builder;
      }
    };
    getModelAnsi = (model, level2, type, ...arguments_) => {
      if (model === "rgb") {
        if (level2 === "ansi16m") {
          return ansi_styles_default[type].ansi16m(...arguments_);
        }
        if (level2 === "ansi256") {
          return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
        }
        return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
      }
      if (model === "hex") {
        return getModelAnsi("rgb", level2, type, ...ansi_styles_default.hexToRgb(...arguments_));
      }
      return ansi_styles_default[type][model](...arguments_);
    };
    usedModels = ["rgb", "hex", "ansi256"];
    for (const model of usedModels) {
      styles2[model] = {
        get() {
          const { level: level2 } = this;
          return function(...arguments_) {
            const styler = createStyler(getModelAnsi(model, levelMapping[level2], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
      const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
      styles2[bgModel] = {
        get() {
          const { level: level2 } = this;
          return function(...arguments_) {
            const styler = createStyler(getModelAnsi(model, levelMapping[level2], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
    }
    proto = Object.defineProperties(() => {
    }, {
      ...styles2,
      level: {
        enumerable: true,
        get() {
          return this[GENERATOR].level;
        },
        set(level2) {
          this[GENERATOR].level = level2;
        }
      }
    });
    createStyler = (open, close, parent) => {
      let openAll;
      let closeAll;
      if (parent === void 0) {
        openAll = open;
        closeAll = close;
      } else {
        openAll = parent.openAll + open;
        closeAll = close + parent.closeAll;
      }
      return {
        open,
        close,
        openAll,
        closeAll,
        parent
      };
    };
    createBuilder = (self, _styler, _isEmpty) => {
      const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
      Object.setPrototypeOf(builder, proto);
      builder[GENERATOR] = self;
      builder[STYLER] = _styler;
      builder[IS_EMPTY] = _isEmpty;
      return builder;
    };
    applyStyle = (self, string) => {
      if (self.level <= 0 || !string) {
        return self[IS_EMPTY] ? "" : string;
      }
      let styler = self[STYLER];
      if (styler === void 0) {
        return string;
      }
      const { openAll, closeAll } = styler;
      if (string.includes("\x1B")) {
        while (styler !== void 0) {
          string = stringReplaceAll(string, styler.close, styler.open);
          styler = styler.parent;
        }
      }
      const lfIndex = string.indexOf("\n");
      if (lfIndex !== -1) {
        string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
      }
      return openAll + string + closeAll;
    };
    Object.defineProperties(createChalk.prototype, styles2);
    chalk = createChalk();
    chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });
  }
});

// src/report/colors.ts
var colors_exports = {};
__export(colors_exports, {
  ansiStyles: () => ansiStyles2
});
function ansiStyles2() {
  return new Chalk({ level: 1 });
}
var init_colors = __esm({
  "src/report/colors.ts"() {
    "use strict";
    init_source();
  }
});

// src/report/compact.ts
var compact_exports = {};
__export(compact_exports, {
  compactChunks: () => compactChunks,
  formatCompact: () => formatCompact
});
function formatCompact(result, options) {
  return [...compactChunks(result, options)].join("");
}
function* compactChunks(result, options) {
  let lines = [];
  const flush = () => {
    const chunk = `${lines.join("\n")}
`;
    lines = [];
    return chunk;
  };
  for (const finding of result.findings) {
    if (!options.showAll && !options.failOn.has(finding.classification)) continue;
    lines.push(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${oneLine(finding.message)} [${finding.classification}]`);
    if (lines.length >= CHUNK_LINES) yield flush();
  }
  for (const error of result.errors) {
    lines.push(`${error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file}: error: ${oneLine(error.message)}`);
  }
  let failing = 0;
  for (const finding of result.findings) if (options.failOn.has(finding.classification)) failing++;
  const others = result.findings.length - failing;
  const tail = others > 0 && !options.showAll ? `; ${others} more accepted or out of model (--show-all lists them)` : "";
  const classes = options.failOn.size > 0 ? [...options.failOn].join(", ") : "none";
  lines.push(`connect-audit: ${failing} finding${failing === 1 ? "" : "s"} in ${classes}${tail}; ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}; ${result.filesScanned} file${result.filesScanned === 1 ? "" : "s"}`);
  yield flush();
}
function oneLine(text) {
  return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== "").join(" ");
}
var CHUNK_LINES;
var init_compact = __esm({
  "src/report/compact.ts"() {
    "use strict";
    CHUNK_LINES = 1e3;
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
function formatJson(result) {
  const report = {
    tool: result.tool,
    version: result.version,
    threatModel: result.threatModel,
    kafkaVersion: result.kafkaVersion,
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      classification: finding.classification,
      reason: finding.reason,
      section: finding.section,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      key: finding.key,
      message: finding.message,
      component: finding.component,
      attacker: finding.attacker,
      references: finding.references,
      fingerprint: finding.fingerprint
    })),
    errors: result.errors,
    summary: summarize(result)
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
var init_json2 = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_summary();
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  SARIF_LEVEL: () => SARIF_LEVEL,
  SARIF_LIMITS: () => SARIF_LIMITS,
  SARIF_SCHEMA_URI: () => SARIF_SCHEMA_URI,
  SECURITY_SEVERITY: () => SECURITY_SEVERITY,
  SRCROOT: () => SRCROOT,
  artifactLocation: () => artifactLocation,
  automationId: () => automationId,
  buildSarif: () => buildSarif,
  formatSarif: () => formatSarif
});
function formatSarif(result, options) {
  return `${JSON.stringify(buildSarif(result, options), null, 2)}
`;
}
function buildSarif(result, options, rules2 = rules) {
  const warn = options.warn ?? (() => void 0);
  const catalog = [...rules2].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ruleIndex = new Map(catalog.map((rule2, index) => [rule2.id, index]));
  const descriptors = catalog.map((rule2) => ruleDescriptor(rule2, options.ruleDocs?.get(rule2.id), warn));
  const included = result.findings.filter((finding) => ruleIndex.has(finding.ruleId) && (options.failOn.has(finding.classification) || options.includeSuppressed));
  const kept = capResults(included, warn);
  const results = kept.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId), options));
  const notifications = [
    ...result.errors.map((error) => notification("error", error.message, error.file, error.line, error.column, options)),
    ...result.notices.map((notice) => notification("note", notice.message, notice.path, 0, 0, options))
  ];
  const run2 = {
    tool: {
      driver: {
        name: "connect-audit",
        semanticVersion: result.version,
        informationUri: options.informationUri ?? "https://www.npmjs.com/package/connect-audit",
        rules: descriptors
      }
    },
    automationDetails: { id: automationId(options.category) },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: "The folder connect-audit ran in; in CI, the root of the checked-out repository." } }
    },
    invocations: [{ executionSuccessful: result.errors.length === 0, toolExecutionNotifications: notifications }],
    columnKind: "utf16CodeUnits",
    results,
    properties: { threatModel: { path: result.threatModel.path, sha256: result.threatModel.sha256 }, kafkaVersion: result.kafkaVersion }
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run2] };
  const compressed = (0, import_node_zlib.gzipSync)(JSON.stringify(log)).length;
  if (compressed > SARIF_LIMITS.gzipBytes) {
    warn(`SARIF: the report is ${(compressed / 1024 / 1024).toFixed(1)} MB gzip-compressed, above GitHub's 10 MB upload limit; narrow the scan (--min-severity, --exclude)`);
  }
  return log;
}
function automationId(category) {
  const trimmed = category.trim();
  if (trimmed === "") return "connect-audit/";
  return trimmed.includes("/") ? trimmed : `${trimmed}/`;
}
function ruleDescriptor(rule2, doc, warn) {
  const tags = [.../* @__PURE__ */ new Set(["security", rule2.component, ...(rule2.cwe ?? []).map((cwe) => `external/cwe/cwe-${cwe}`)])];
  if (tags.length > SARIF_LIMITS.tagsPerRule) {
    warn(`SARIF: rule ${rule2.id} has ${tags.length} tags; GitHub accepts ${SARIF_LIMITS.tagsPerRule}, the rest are left out`);
    tags.length = SARIF_LIMITS.tagsPerRule;
  }
  const markdown = doc?.markdown.trim() ?? "";
  const fullDescription = cap(describe(rule2, markdown), `rule ${rule2.id} fullDescription`, warn);
  const link = doc ? `

[${rule2.id} documentation](${doc.url})` : "";
  const helpMarkdown = markdown === "" ? `**${escapeMarkdownText(rule2.title)}**

${escapeMarkdownText(fullDescription)}${link}` : `${markdown}${link}
`;
  const helpText = markdown === "" ? `${rule2.title}

${fullDescription}${doc ? `

Documentation: ${doc.url}` : ""}` : `${markdown}${doc ? `

Documentation: ${doc.url}` : ""}
`;
  return {
    id: rule2.id,
    name: pascalCase(rule2.id),
    shortDescription: { text: cap(rule2.title, `rule ${rule2.id} shortDescription`, warn) },
    fullDescription: { text: fullDescription },
    ...doc ? { helpUri: doc.url } : {},
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: SARIF_LEVEL[rule2.severity] },
    properties: {
      tags,
      precision: "high",
      "security-severity": SECURITY_SEVERITY[rule2.severity],
      severity: rule2.severity,
      attacker: rule2.attacker,
      posture: rule2.posture,
      references: [...rule2.references]
    }
  };
}
function describe(rule2, markdown) {
  const section = /^## What it finds\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown)?.[1];
  const paragraphs = (section ?? "").split(/\n\s*\n/).map(plainText).filter((text2) => text2 !== "");
  if (paragraphs.length === 0) return `${rule2.title}.`;
  const max = SARIF_LIMITS.descriptionLength;
  let text = paragraphs[0];
  for (const next of paragraphs.slice(1)) {
    if (text.length + 1 + next.length > max) break;
    text = `${text} ${next}`;
  }
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)\s*/g) ?? [text];
  let summary2 = "";
  for (const sentence of sentences) {
    if ((summary2 + sentence).trimEnd().length > max) break;
    summary2 += sentence;
  }
  return summary2.trim() === "" ? text : summary2.trim();
}
function plainText(markdown) {
  return markdown.replace(/```[\s\S]*?```/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`([^`]*)`/g, "$1").replace(/(\*\*|__)(.*?)\1/g, "$2").replace(/\s+/g, " ").trim();
}
function cap(text, what, warn) {
  const max = SARIF_LIMITS.descriptionLength;
  if (text.length <= max) return text;
  warn(`SARIF: ${what} is ${text.length} characters; GitHub accepts ${max}, it was shortened`);
  let end = max - 1;
  const code2 = text.charCodeAt(end - 1);
  if (code2 >= 55296 && code2 <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}
function capResults(findings, warn) {
  const max = SARIF_LIMITS.resultsPerRun;
  if (findings.length > SARIF_LIMITS.resultsShown && findings.length <= max) {
    warn(`SARIF: ${findings.length} results; GitHub keeps only the ${SARIF_LIMITS.resultsShown} most severe of a run`);
  }
  if (findings.length <= max) return [...findings];
  const ranked = findings.map((finding, index) => ({ finding, index })).sort((a, b) => classRank(a.finding.classification) - classRank(b.finding.classification) || SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index);
  const keep = new Set(ranked.slice(0, max).map((item) => item.index));
  warn(`SARIF: ${findings.length} results; GitHub accepts ${max} per run, so the ${findings.length - max} least severe were left out`);
  return findings.filter((_finding, index) => keep.has(index));
}
function classRank(classification) {
  return classification === "VALID" ? 0 : classification === "BY-DESIGN" ? 1 : 2;
}
function sarifResult(finding, ruleIndex, options) {
  const suppressed = !options.failOn.has(finding.classification);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, options),
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            endLine: Math.max(1, finding.endLine, finding.line),
            endColumn: Math.max(1, finding.endLine > finding.line ? finding.endColumn : Math.max(finding.endColumn, finding.column))
          }
        }
      }
    ],
    partialFingerprints: { "connectAuditFingerprint/v1": finding.fingerprint },
    ...suppressed ? { suppressions: [{ kind: "external", status: "accepted", justification: `${finding.section}: ${finding.reason}` }] } : {},
    properties: {
      classification: finding.classification,
      reason: finding.reason,
      section: finding.section,
      severity: finding.severity,
      ...finding.key !== "" ? { key: finding.key } : {}
    }
  };
}
function artifactLocation(file, options) {
  const outside = file === ".." || file.startsWith("../") || file.startsWith("/");
  if (outside && options.cwd !== void 0) return { uri: (0, import_node_url2.pathToFileURL)((0, import_node_path7.resolve)(options.cwd, file)).href };
  return { uri: file.split("/").map((segment) => encodeURIComponent(segment)).join("/"), uriBaseId: SRCROOT };
}
function notification(level2, message, file, line, column, options) {
  return {
    level: level2,
    message: { text: /[.!?]$/.test(message) ? message : `${message}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file, options),
          ...line > 0 ? { region: { startLine: line, ...column > 0 ? { startColumn: column } : {} } } : {}
        }
      }
    ]
  };
}
function pascalCase(id) {
  return id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function escapeMarkdownText(text) {
  return text.replace(/[\\`*_{}[\]()#+!|<>&]/g, (char) => `\\${char}`);
}
var import_node_url2, import_node_path7, import_node_zlib, SARIF_SCHEMA_URI, SRCROOT, SARIF_LIMITS, SECURITY_SEVERITY, SARIF_LEVEL, SEVERITY_RANK;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    import_node_url2 = require("node:url");
    import_node_path7 = require("node:path");
    import_node_zlib = require("node:zlib");
    init_rules();
    SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    SRCROOT = "%SRCROOT%";
    SARIF_LIMITS = {
      resultsPerRun: 25e3,
      /** Of an accepted run, GitHub keeps (shows) only this many results, the most severe. */
      resultsShown: 5e3,
      tagsPerRule: 20,
      descriptionLength: 1024,
      gzipBytes: 10 * 1024 * 1024
    };
    SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
    SARIF_LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
    SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
  }
});

// src/report/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  MARKDOWN_MAX_ROWS: () => MARKDOWN_MAX_ROWS,
  code: () => code,
  escapeMarkdown: () => escapeMarkdown,
  formatMarkdown: () => formatMarkdown
});
function formatMarkdown(result, options) {
  const warn = options.warn ?? (() => void 0);
  const failing = options.failOn.size > 0 ? options.failOn : /* @__PURE__ */ new Set(["VALID"]);
  const open = result.findings.filter((finding) => failing.has(finding.classification)).sort(bySeverity);
  const rest = result.findings.filter((finding) => !failing.has(finding.classification)).sort(bySeverity);
  const failingCount = result.findings.filter((finding) => options.failOn.has(finding.classification)).length;
  const out = [];
  out.push("## connect-audit", "");
  if (result.errors.length > 0) {
    out.push(`:x: **${plural(result.errors.length, "input")} could not be read or parsed**: the scan is incomplete and fails closed.`);
  } else if (failingCount > 0) {
    out.push(`:x: **${plural(failingCount, "finding")} in ${[...options.failOn].join(", ")}** ${failingCount === 1 ? "fails" : "fail"} the check.`);
  } else {
    out.push(`:white_check_mark: **No finding fails the check** (${options.failOn.size > 0 ? [...options.failOn].join(", ") : "fail-on none"}).`);
  }
  out.push("");
  out.push("| class | critical | high | medium | low | total |", "| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const classification of CLASSIFICATIONS) {
    const ofClass = result.findings.filter((finding) => finding.classification === classification);
    const cells = SEVERITIES_DESC.map((severity) => String(ofClass.filter((finding) => finding.severity === severity).length));
    const name = failing.has(classification) ? `**${classification}**` : classification;
    out.push(`| ${name} | ${cells.join(" | ")} | ${ofClass.length} |`);
  }
  out.push("");
  out.push(
    `${plural(result.filesScanned, "file")} scanned \xB7 threat model ${code(result.threatModel.path)} (sha256 ${code(result.threatModel.sha256.slice(0, 12))}) \xB7 Kafka ${escapeMarkdown(result.kafkaVersion)}`,
    ""
  );
  if (open.length > 0) {
    out.push(`### ${[...failing].join(", ")} findings`, "");
    out.push("| severity | rule | location | finding |", "| --- | --- | --- | --- |");
    for (const finding of limit(open, "findings table", warn)) {
      out.push(`| ${finding.severity} | ${rule(finding, options)} | ${location2(finding, options)} | ${escapeMarkdown(finding.message)} |`);
    }
    if (open.length > MARKDOWN_MAX_ROWS) out.push("", `\u2026and ${open.length - MARKDOWN_MAX_ROWS} more: see the SARIF or JSON report.`);
    out.push("");
  }
  if (rest.length > 0) {
    const counts = CLASSIFICATIONS.filter((classification) => !failing.has(classification)).map((classification) => `${rest.filter((finding) => finding.classification === classification).length} ${classification}`).join(", ");
    out.push(`<details><summary>${escapeHtml(counts)} (accepted by the threat model or out of its scope)</summary>`, "");
    out.push("| class | severity | rule | location | finding | why |", "| --- | --- | --- | --- | --- | --- |");
    for (const finding of limit(rest, "collapsed table", warn)) {
      out.push(
        `| ${finding.classification} | ${finding.severity} | ${rule(finding, options)} | ${location2(finding, options)} | ${escapeMarkdown(finding.message)} | ${escapeMarkdown(finding.section)}: ${escapeMarkdown(finding.reason)} |`
      );
    }
    if (rest.length > MARKDOWN_MAX_ROWS) out.push("", `\u2026and ${rest.length - MARKDOWN_MAX_ROWS} more: see the SARIF or JSON report.`);
    out.push("", "</details>", "");
  }
  if (result.errors.length > 0) {
    out.push(`### Errors`, "");
    for (const error of result.errors) {
      const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
      out.push(`- ${code(where)}: ${escapeMarkdown(error.message)}`);
    }
    out.push("");
  }
  return `${trimTrailingNewlines(out.join("\n"))}
`;
}
function trimTrailingNewlines(text) {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}
function bySeverity(a, b) {
  return SEVERITIES_DESC.indexOf(a.severity) - SEVERITIES_DESC.indexOf(b.severity);
}
function limit(findings, what, warn) {
  if (findings.length <= MARKDOWN_MAX_ROWS) return findings;
  warn(`markdown: the ${what} lists the first ${MARKDOWN_MAX_ROWS} of ${findings.length} findings`);
  return findings.slice(0, MARKDOWN_MAX_ROWS);
}
function location2(finding, options) {
  const text = escapeMarkdown(`${finding.file}:${finding.line}`);
  if (finding.file.startsWith("../") || finding.file.startsWith("/")) return text;
  const path = finding.file.split("/").map((segment) => encodeURIComponent(segment).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return `[${text}](${options.linkBase ?? ""}${path}${lines})`;
}
function rule(finding, options) {
  const url = options.ruleDocs?.get(finding.ruleId)?.url;
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${code(finding.ruleId)}](${url})` : code(finding.ruleId);
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function code(text) {
  const clean = text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function escapeMarkdown(text) {
  return escapeHtml(text).replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`).replace(/@/g, "&#64;").replace(/\r\n|\r|\n/g, " ");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
var SEVERITIES_DESC, MARKDOWN_MAX_ROWS;
var init_markdown2 = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_finding();
    SEVERITIES_DESC = ["critical", "high", "medium", "low"];
    MARKDOWN_MAX_ROWS = 150;
  }
});

// src/cli/format-report.ts
async function reportChunks(result, format, options) {
  switch (format) {
    case "text":
      return (await Promise.resolve().then(() => (init_text(), text_exports))).textChunks(result, options, options.color ? (await Promise.resolve().then(() => (init_colors(), colors_exports))).ansiStyles() : void 0);
    case "compact":
      return (await Promise.resolve().then(() => (init_compact(), compact_exports))).compactChunks(result, options);
    default:
      return [await formatDocument(result, format, options)];
  }
}
async function formatDocument(result, format, options) {
  switch (format) {
    case "json":
      return (await Promise.resolve().then(() => (init_json2(), json_exports))).formatJson(result);
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif(result, options);
    case "markdown":
      return (await Promise.resolve().then(() => (init_markdown2(), markdown_exports))).formatMarkdown(result, options);
  }
}
var REPORT_FORMATS;
var init_format_report = __esm({
  "src/cli/format-report.ts"() {
    "use strict";
    REPORT_FORMATS = ["text", "json", "sarif", "markdown", "compact"];
  }
});

// src/cli/progress.ts
function startProgress(io, quiet, now = () => performance.now()) {
  if (quiet || !io.stderrIsTty) return { update: () => {
  }, finish: () => {
  } };
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    update(done, total) {
      const time = now();
      if (time - started < SHOW_AFTER_MS || time - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = time;
      drawn = true;
      const percent = total > 0 ? Math.floor(done / total * 100) : 100;
      io.stderr(`\r\x1B[Kconnect-audit: ${done}/${total} files (${percent}%)`);
    },
    finish() {
      if (drawn) io.stderr("\r\x1B[K");
      drawn = false;
    }
  };
}
var SHOW_AFTER_MS, REDRAW_MS;
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    SHOW_AFTER_MS = 500;
    REDRAW_MS = 100;
  }
});

// src/cli/rule-docs.ts
function fallbackDocUrl(version, id) {
  return `https://unpkg.com/connect-audit@${version}/docs/rules/${id}.md`;
}
function informationUri() {
  return repositoryUrl() ?? homepage() ?? "https://www.npmjs.com/package/connect-audit";
}
function loadRuleDocs(ids) {
  const { root, version } = packageInfo();
  const repository = repositoryUrl();
  const docs = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const path = (0, import_node_path8.join)(root, "docs", "rules", `${id}.md`);
    const url = repository && repository.startsWith("https://github.com/") ? `${repository}/blob/v${version}/docs/rules/${id}.md` : fallbackDocUrl(version, id);
    docs.set(id, { markdown: (0, import_node_fs8.existsSync)(path) ? (0, import_node_fs8.readFileSync)(path, "utf8") : "", url });
  }
  return docs;
}
function manifest() {
  try {
    return JSON.parse((0, import_node_fs8.readFileSync)((0, import_node_path8.join)(packageInfo().root, "package.json"), "utf8"));
  } catch {
    return {};
  }
}
function repositoryUrl() {
  const repository = manifest().repository;
  const raw = typeof repository === "string" ? repository : repository?.url;
  if (!raw) return void 0;
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  let url = raw.replace(/^git\+/, "").replace(/^git:\/\//, "https://").replace(/^ssh:\/\/git@/, "https://").replace(/\.git$/, "");
  while (url.endsWith("/")) url = url.slice(0, -1);
  return /^https:\/\/\S+$/.test(url) ? url : void 0;
}
function homepage() {
  const page = manifest().homepage;
  return page && /^https:\/\/\S+$/.test(page) ? page : void 0;
}
var import_node_fs8, import_node_path8;
var init_rule_docs = __esm({
  "src/cli/rule-docs.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path8 = require("node:path");
    init_package_root();
  }
});

// src/baseline/baseline.ts
function createBaseline(findings, pathOf) {
  const entries = findings.map((finding) => entryOf2(finding, pathOf)).sort(compareEntries);
  return { tool: "connect-audit", version: BASELINE_VERSION, entries };
}
function serializeBaseline(baseline) {
  const entries = baseline.entries.map(({ ruleId, file, key, valueHash }) => ({ ruleId, file, key, valueHash }));
  return `${JSON.stringify({ tool: baseline.tool, version: baseline.version, entries }, null, 2)}
`;
}
function parseBaseline(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${source} is not a connect-audit baseline (not valid JSON)`);
  }
  if (!isRecord(data) || data.tool !== "connect-audit" || !Array.isArray(data.entries)) {
    throw new BaselineError(`${source} is not a connect-audit baseline (expected {"tool": "connect-audit", "version": 1, "entries": [...]})`);
  }
  if (data.version !== BASELINE_VERSION) throw new BaselineError(`${source} has baseline version ${String(data.version)}; this connect-audit reads version ${BASELINE_VERSION}`);
  const entries = data.entries.map((item, index) => {
    if (!isRecord(item) || !["ruleId", "file", "key", "valueHash"].every((field) => typeof item[field] === "string")) {
      throw new BaselineError(`${source}: entry ${index + 1} needs string fields ruleId, file, key and valueHash`);
    }
    return { ruleId: item.ruleId, file: item.file, key: item.key, valueHash: item.valueHash };
  });
  return { tool: "connect-audit", version: BASELINE_VERSION, entries };
}
function applyBaseline(findings, baseline, pathOf) {
  const budget = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) budget.set(keyOf(entry), (budget.get(keyOf(entry)) ?? 0) + 1);
  const fresh = [];
  let known = 0;
  for (const finding of findings) {
    const key = keyOf(entryOf2(finding, pathOf));
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      known++;
    } else {
      fresh.push(finding);
    }
  }
  return { fresh, known };
}
function entryOf2(finding, pathOf) {
  return { ruleId: finding.ruleId, file: pathOf(finding.file), key: finding.key, valueHash: finding.valueHash };
}
function keyOf(entry) {
  return [entry.ruleId, entry.file, entry.key, entry.valueHash].join("\0");
}
function compareEntries(a, b) {
  return compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.key, b.key) || compareStrings(a.valueHash, b.valueHash);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var BASELINE_VERSION, BaselineError;
var init_baseline = __esm({
  "src/baseline/baseline.ts"() {
    "use strict";
    init_compare();
    BASELINE_VERSION = 1;
    BaselineError = class extends Error {
    };
  }
});

// src/baseline/io.ts
function baselinePaths(baselineFile, cwd) {
  const base = (0, import_node_path9.dirname)((0, import_node_path9.resolve)(cwd, baselineFile));
  return (file) => toPosix((0, import_node_path9.relative)(base, (0, import_node_path9.resolve)(cwd, file)));
}
function readBaselineFile(file, cwd, shownAs = file) {
  let text;
  try {
    text = (0, import_node_fs9.readFileSync)((0, import_node_path9.resolve)(cwd, file), "utf8");
  } catch (error) {
    const code2 = error.code;
    throw new BaselineError(`cannot read baseline ${shownAs} (${code2 === "ENOENT" ? "no such file; create it with --write-baseline" : code2 ?? "error"})`);
  }
  return parseBaseline(text, shownAs);
}
function filterByBaselineFile(findings, file, cwd) {
  return applyBaseline(findings, readBaselineFile(file, cwd), baselinePaths(file, cwd));
}
function writeBaselineFile(findings, file, cwd) {
  const baseline = createBaseline(findings, baselinePaths(file, cwd));
  const target = (0, import_node_path9.resolve)(cwd, file);
  (0, import_node_fs9.mkdirSync)((0, import_node_path9.dirname)(target), { recursive: true });
  (0, import_node_fs9.writeFileSync)(target, serializeBaseline(baseline));
  return baseline.entries.length;
}
var import_node_fs9, import_node_path9;
var init_io = __esm({
  "src/baseline/io.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_paths();
    init_baseline();
  }
});

// src/cli/commands/scan.ts
var scan_exports2 = {};
__export(scan_exports2, {
  parseFailOn: () => parseFailOn,
  registerScanCommand: () => registerScanCommand
});
function registerScanCommand(program2, io, setExitCode) {
  program2.command("scan").description("scan files and folders (default: the current folder)").argument("[paths...]", "files and folders to scan", []).option("--threat-model <file>", "the THREAT_MODEL.md to judge findings by (default: ./THREAT_MODEL.md at the scan root, else the built-in one)").addOption(new Option("--format <format>", "output format").choices(REPORT_FORMATS).default("text")).option("-o, --output <file>", "write the report to a file instead of stdout").option("--fail-on <classes>", 'comma-separated classifications that fail the run, or "none"', "VALID").addOption(new Option("--min-severity <severity>", "ignore findings below this severity").choices(SEVERITIES).default("low")).option("--kafka-version <version>", "target Kafka version for defaults and CVE applicability (X.Y[.Z])").option("--baseline <file>", "report only findings that are not in this baseline").option("--write-baseline <file>", "record the current findings as a baseline").option("--include-suppressed", "SARIF: also include BY-DESIGN and OUT-OF-MODEL results, marked as suppressed").option("--exclude <glob...>", "skip files and folders matching these globs", []).option("--show-all", "text: also list BY-DESIGN and OUT-OF-MODEL findings with their reasons").option("--category <id>", "SARIF automationDetails.id", "connect-audit/").option("--no-gitignore", "do not honour .gitignore files").option("--rule <id...>", "run only these rules").option("-q, --quiet", "no progress output").option("--no-color", "never colour the text output").option("--no-inline-suppressions", 'ignore every "# connect-audit-ignore" comment (for audits)').option("--context <folder>", "also read the configs under this folder for cross-file context, but report only the paths given (pre-commit)").action(async (paths, flags) => {
    setExitCode(await runScan(paths, flags, io));
  });
}
function frugalHeapForBigScans() {
  let set = false;
  return (total) => {
    if (set || total < BIG_SCAN_FILES) return;
    set = true;
    setV8Flags("--heap-growing-percent=10");
  };
}
async function runScan(paths, flags, io) {
  const failOn = parseFailOn(flags.failOn);
  const kafkaVersion = flags.kafkaVersion === void 0 ? void 0 : parseKafkaVersion(flags.kafkaVersion);
  if (flags.kafkaVersion !== void 0 && !kafkaVersion) throw new UsageError(`--kafka-version must look like 3.9 or 3.9.1, not "${flags.kafkaVersion}"`);
  const progress = startProgress(io, flags.quiet === true);
  const warn = (message) => io.stderr(`connect-audit: warning: ${message}
`);
  const heap = frugalHeapForBigScans();
  const result = await scan({
    paths: flags.context !== void 0 ? [flags.context, ...paths] : paths,
    cwd: io.cwd,
    exclude: flags.exclude,
    ...kafkaVersion ? { kafkaVersion } : {},
    ...flags.threatModel !== void 0 ? { threatModel: (0, import_node_path10.resolve)(io.cwd, flags.threatModel) } : {},
    ...flags.rule ? { ruleIds: flags.rule } : {},
    gitignore: flags.gitignore,
    inlineSuppressions: flags.inlineSuppressions,
    onProgress: (done, total) => {
      heap(total);
      progress.update(done, total);
    },
    ...flags.context !== void 0 ? { judges: namedPaths(paths, io) } : {},
    onWarning: (message) => warn(message),
    // Only JSON and SARIF print them, and baselines key on the value hash.
    fingerprints: flags.format === "json" || flags.format === "sarif" || flags.baseline !== void 0 || flags.writeBaseline !== void 0
  }).finally(progress.finish);
  const scanned = flags.context !== void 0 ? onlyNamedPaths(result, paths, io, warn) : result;
  let findings = scanned.findings;
  try {
    if (flags.writeBaseline !== void 0) {
      const count = writeBaselineFile(findings, flags.writeBaseline, io.cwd);
      if (!flags.quiet) io.stderr(`connect-audit: wrote ${count} finding${count === 1 ? "" : "s"} to the baseline ${flags.writeBaseline}
`);
    }
    if (flags.baseline !== void 0) {
      const filtered = filterByBaselineFile(findings, flags.baseline, io.cwd);
      findings = filtered.fresh;
      if (!flags.quiet && filtered.known > 0) io.stderr(`connect-audit: ${filtered.known} finding${filtered.known === 1 ? "" : "s"} in the baseline ${flags.baseline} not reported
`);
    }
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const minimum = SEVERITIES.indexOf(flags.minSeverity);
  const reported = { ...scanned, findings: findings.filter((finding) => SEVERITIES.indexOf(finding.severity) >= minimum) };
  const color = flags.color !== false && flags.output === void 0 && io.stdoutIsTty && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "");
  const needsDocs = flags.format === "sarif" || flags.format === "markdown";
  const linkBase = markdownLinkBase(io.env);
  noteCodePath(`format:${flags.format}${color ? ":color" : ""}`);
  const chunks = await reportChunks(reported, flags.format, {
    color,
    showAll: flags.showAll === true,
    failOn,
    includeSuppressed: flags.includeSuppressed === true,
    category: flags.category ?? "connect-audit/",
    ...needsDocs ? { ruleDocs: loadRuleDocs(rules.map((rule2) => rule2.id)), informationUri: informationUri() } : {},
    ...linkBase !== void 0 ? { linkBase } : {},
    cwd: io.cwd,
    warn
  });
  if (flags.output !== void 0) {
    const target = (0, import_node_path10.resolve)(io.cwd, flags.output);
    (0, import_node_fs10.mkdirSync)((0, import_node_path10.dirname)(target), { recursive: true });
    const fd = (0, import_node_fs10.openSync)(target, "w");
    try {
      for (const chunk of chunks) (0, import_node_fs10.writeSync)(fd, chunk);
    } finally {
      (0, import_node_fs10.closeSync)(fd);
    }
  } else {
    for (const chunk of chunks) io.stdout(chunk);
  }
  if (flags.format !== "text" || flags.output !== void 0) {
    for (const error of reported.errors) io.stderr(`${formatErrorLocation(error)}: error: ${error.message}
`);
  }
  if (reported.errors.length > 0) return 2;
  if (flags.writeBaseline !== void 0) return 0;
  return reported.findings.some((finding) => isFailing(finding, failOn)) ? 1 : 0;
}
function onlyNamedPaths(result, paths, io, warn) {
  const isNamed = namedPaths(paths, io);
  const contextErrors = result.errors.filter((error) => !isNamed(error.file));
  if (contextErrors.length > 0) {
    warn(`${contextErrors.length} context file${contextErrors.length === 1 ? "" : "s"} could not be read or parsed (first: ${formatErrorLocation(contextErrors[0])}); cross-file findings may be incomplete`);
  }
  return {
    ...result,
    findings: result.findings.filter((finding) => isNamed(finding.file)),
    errors: result.errors.filter((error) => isNamed(error.file))
  };
}
function namedPaths(paths, io) {
  const named = paths.map((path) => toPosix((0, import_node_path10.relative)(io.cwd, (0, import_node_path10.resolve)(io.cwd, path))) || ".");
  return (file) => named.some((path) => path === "." || file === path || file.startsWith(`${path}/`));
}
function markdownLinkBase(env) {
  const explicit = env.CONNECT_AUDIT_LINK_BASE;
  if (explicit) return explicit.endsWith("/") ? explicit : `${explicit}/`;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (server && repository && sha) return `${server}/${repository}/blob/${sha}/`;
  return void 0;
}
function formatErrorLocation(error) {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
}
function isFailing(finding, failOn) {
  return failOn.has(finding.classification);
}
function parseFailOn(text) {
  const out = /* @__PURE__ */ new Set();
  for (const part of text.split(",").map((item) => item.trim().toUpperCase()).filter(Boolean)) {
    if (part === "NONE") continue;
    if (!CLASSIFICATIONS.includes(part)) {
      throw new UsageError(`--fail-on takes ${CLASSIFICATIONS.join(", ")} or none, not "${part}"`);
    }
    out.add(part);
  }
  return out;
}
var import_node_fs10, import_node_path10, BIG_SCAN_FILES;
var init_scan2 = __esm({
  "src/cli/commands/scan.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path10 = require("node:path");
    init_esm();
    init_v8_flags();
    init_finding();
    init_types();
    init_scan();
    init_version();
    init_errors();
    init_format_report();
    init_progress();
    init_rule_docs();
    init_rules();
    init_baseline();
    init_io();
    init_paths();
    init_code_paths();
    BIG_SCAN_FILES = 500;
  }
});

// src/cli/commands/catalog.ts
var catalog_exports = {};
__export(catalog_exports, {
  registerCatalogCommands: () => registerCatalogCommands
});
function registerCatalogCommands(program2, io, _setExitCode) {
  program2.command("rules").description("list every rule").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action((flags) => {
    const catalog = rules.map(({ id, title, severity, component, attacker, posture, references }) => ({ id, title, severity, component, attacker, posture, references }));
    if (flags.format === "json") {
      io.stdout(`${JSON.stringify(catalog, null, 2)}
`);
      return;
    }
    const width = Math.max(...catalog.map((rule2) => rule2.id.length));
    for (const rule2 of catalog) {
      io.stdout(`${rule2.id.padEnd(width)}  ${rule2.severity.padEnd(8)}  ${rule2.component.padEnd(10)}  ${rule2.title}
`);
    }
    io.stdout(`
${catalog.length} rules. connect-audit explain <rule> shows one.
`);
  });
  program2.command("explain").description("print a rule's documentation").argument("<rule>", "rule id").action((id) => {
    if (!rules.some((rule2) => rule2.id === id)) throw new UsageError(`unknown rule "${id}" (connect-audit rules lists them)`);
    io.stdout((0, import_node_fs11.readFileSync)((0, import_node_path11.join)(packageInfo().root, "docs", "rules", `${id}.md`), "utf8"));
  });
}
var import_node_fs11, import_node_path11;
var init_catalog = __esm({
  "src/cli/commands/catalog.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path11 = require("node:path");
    init_esm();
    init_rules();
    init_package_root();
    init_errors();
  }
});

// src/cli/commands/inspect.ts
var inspect_exports = {};
__export(inspect_exports, {
  registerInspectCommand: () => registerInspectCommand
});
function registerInspectCommand(program2, io, setExitCode) {
  program2.command("inspect").description("show how connect-audit reads a file: role, entries, locations, effective values (secrets redacted)").argument("<file>", "the file to read").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).option("--kafka-version <version>", "target Kafka version for effective values").action(async (file, flags) => {
    const version = flags.kafkaVersion === void 0 ? NEWEST_KAFKA_VERSION : parseKafkaVersion(flags.kafkaVersion);
    if (!version) throw new UsageError(`--kafka-version must look like 3.9 or 3.9.1, not "${flags.kafkaVersion}"`);
    const absolute = (0, import_node_path12.resolve)(io.cwd, file);
    const display = toPosix((0, import_node_path12.relative)(io.cwd, absolute));
    let size;
    try {
      size = (0, import_node_fs12.statSync)(absolute).size;
    } catch {
      throw new UsageError(`${file}: no such file`);
    }
    if (size > MAX_FILE_BYTES) throw new UsageError(`${display}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
    const head = (0, import_node_fs12.readFileSync)(absolute, "latin1");
    const kind = sniffKind((0, import_node_path12.basename)(absolute), head.slice(0, 65536)) ?? "properties";
    registerReaders();
    const text = kind === "properties" ? head : (0, import_node_fs12.readFileSync)(absolute, "utf8");
    const built = await buildDocuments({ file: display, kind, text }, version);
    if (built.error) {
      io.stderr(`${display}:${built.error.line}:${built.error.column}: error: ${built.error.message}
`);
      setExitCode(2);
      return;
    }
    const view = built.documents.map((doc) => describe2(doc));
    const report = { file: display, format: built.documents[0]?.format ?? kind, documents: view };
    if (flags.format === "json") io.stdout(`${JSON.stringify(report, null, 2)}
`);
    else io.stdout(renderText(report));
  });
}
function shown(entry) {
  return maskSecrets(entry, redact);
}
function describe2(doc) {
  const explicit = new Set(doc.entries.map((entry) => entry.key));
  return {
    name: doc.name ?? null,
    role: doc.role,
    roles: doc.roles,
    format: doc.format,
    kafkaVersion: formatVersion(doc.kafkaVersion),
    kafkaVersionFromInput: doc.kafkaVersionFromInput,
    ...doc.kafkaVersionSource !== void 0 ? { kafkaVersionSource: doc.kafkaVersionSource } : {},
    entries: doc.entries.map((entry) => ({
      key: entry.key,
      value: shown(entry),
      line: entry.span.line,
      column: entry.span.column,
      endLine: entry.span.endLine,
      endColumn: entry.span.endColumn,
      ...entry.origin ? { origin: entry.origin } : {},
      ...entry.isProviderReference ? { providerReference: true } : {},
      ...doc.get(entry.key) !== entry ? { shadowed: true } : {}
    })),
    defaults: Object.fromEntries(
      keysWithDefaults().filter((key) => !explicit.has(key)).map((key) => [key, doc.effective(key)]).filter(([, value]) => value !== void 0)
    )
  };
}
function renderText(report) {
  const out = [`${report.file} (${report.format})`];
  if (report.documents.length === 0) out.push("  not a Kafka or Kafka Connect configuration");
  for (const doc of report.documents) {
    out.push(`  ${doc.name ? `${doc.name}: ` : ""}${doc.roles.join("+")}, Kafka ${doc.kafkaVersion}${doc.kafkaVersionFromInput ? ` (from ${doc.kafkaVersionSource ?? "the input"})` : ""}`);
    for (const entry of doc.entries) out.push(`    ${entry.line}:${entry.column}  ${entry.key} = ${oneLine2(entry.value)}${entry.shadowed ? "  (overridden below)" : ""}`);
    const defaults = Object.entries(doc.defaults);
    if (defaults.length > 0) out.push("    defaults:");
    for (const [key, value] of defaults) out.push(`      ${key} = ${value}`);
  }
  return `${out.join("\n")}
`;
}
function oneLine2(value) {
  return value.split(/\r\n|\r|\n/).map((line) => line.trimEnd()).join("\\n");
}
var import_node_fs12, import_node_path12;
var init_inspect = __esm({
  "src/cli/commands/inspect.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_path12 = require("node:path");
    init_esm();
    init_sniff();
    init_build();
    init_secret_patterns();
    init_redact();
    init_readers();
    init_scan();
    init_paths();
    init_version();
    init_defaults();
    init_errors();
  }
});

// src/cli/commands/threat-model.ts
var threat_model_exports = {};
__export(threat_model_exports, {
  policyToJson: () => policyToJson,
  registerThreatModelCommand: () => registerThreatModelCommand
});
function registerThreatModelCommand(program2, io, setExitCode) {
  const group = program2.command("threat-model").description("validate or print a THREAT_MODEL.md policy").addHelpText("after", "\nFILE defaults to ./THREAT_MODEL.md if it carries yaml threat-model blocks, else the built-in threat model.");
  group.command("check").description("validate a threat model; exit 2 and name the line and column of the first mistake").argument("[file]", "the THREAT_MODEL.md to check").action((file, _flags, command) => {
    const out = output(command, io);
    const policy = read(file, out, setExitCode);
    if (!policy) return;
    for (const warning of ruleWarnings(policy)) out.stderr(`${warning}
`);
    out.stdout(`ok: ${policy.path} (sha256 ${policy.sha256}): ${summary(policy)}
`);
  });
  group.command("show").description("print the policy a threat model carries, as connect-audit reads it").argument("[file]", "the THREAT_MODEL.md to show").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action((file, flags, command) => {
    const out = output(command, io);
    const policy = read(file, out, setExitCode);
    if (!policy) return;
    out.stdout(flags.format === "json" ? `${JSON.stringify(policyToJson(policy), null, 2)}
` : policyToText(policy));
  });
}
function policyToJson(policy) {
  return {
    path: policy.path,
    sha256: policy.sha256,
    sections: policy.sections,
    outOfScope: policy.outOfScope.map((scope) => ({ paths: scope.paths.map((glob) => glob.source), reason: scope.reason, line: scope.source.line })),
    postures: {
      default: policy.defaultPosture,
      ...Object.fromEntries(POSTURES.map((posture) => [posture, policy.postures.filter((entry) => entry.posture === posture).flatMap((entry) => entry.globs.map((glob) => glob.source))]))
    },
    trusted: [...policy.trusted],
    knownNonFindings: policy.knownNonFindings.map((entry) => ({
      id: entry.id,
      key: entry.key ?? null,
      rule: entry.rule ?? null,
      when: entry.when ? conditionToJson(entry.when) : null,
      reason: entry.reason,
      line: entry.source.line
    }))
  };
}
function conditionToJson(condition) {
  return condition.kind === "regex" ? { kind: "regex", text: condition.text, regex: condition.regex.source, flags: condition.regex.flags } : { kind: "compare", text: condition.text, operator: condition.operator, operand: condition.operand };
}
function policyToText(policy) {
  const lines = [`threat model: ${policy.path} (sha256 ${policy.sha256})`, ""];
  lines.push(`${policy.sections.scope} out of scope (OUT-OF-MODEL):`);
  if (policy.outOfScope.length === 0) lines.push("  (nothing)");
  for (const scope of policy.outOfScope) lines.push(`  ${scope.paths.map((glob) => glob.source).join(", ")}`, `      ${scope.reason}`);
  lines.push("", `${policy.sections.postures} postures (${POSTURES.join(" < ")}; a file named by several lists takes the strictest):`);
  lines.push(`  default: ${policy.defaultPosture}`);
  for (const posture of POSTURES) {
    const globs = policy.postures.filter((entry) => entry.posture === posture).flatMap((entry) => entry.globs.map((glob) => glob.source));
    lines.push(`  ${posture}: ${globs.length === 0 ? "(none)" : globs.join(", ")}`);
  }
  lines.push("", `${policy.sections.trusted} trusted (OUT-OF-MODEL): ${policy.trusted.length === 0 ? "(nobody)" : policy.trusted.join(", ")}`);
  lines.push("", `${policy.sections.nonFindings} known non-findings (BY-DESIGN):`);
  if (policy.knownNonFindings.length === 0) lines.push("  (none)");
  for (const entry of policy.knownNonFindings) {
    const match = [entry.rule && `rule ${entry.rule}`, entry.key && `key ${entry.key}`, entry.when && `when ${entry.when.text}`].filter(Boolean).join(", ");
    lines.push(`  ${entry.id}: ${match}`, `      ${entry.reason}`);
  }
  return `${lines.join("\n")}
`;
}
function summary(policy) {
  const scopeRules = policy.outOfScope.length;
  const nonFindings = policy.knownNonFindings.length;
  return [
    `${scopeRules} scope ${scopeRules === 1 ? "rule" : "rules"}`,
    `default posture ${policy.defaultPosture}`,
    `${nonFindings} known ${nonFindings === 1 ? "non-finding" : "non-findings"}`
  ].join(", ");
}
function ruleWarnings(policy) {
  const ids = rules.map((rule2) => rule2.id);
  const warnings = [];
  for (const entry of policy.knownNonFindings) {
    if (entry.rule === void 0 || ids.includes(entry.rule)) continue;
    const near = suggest(entry.rule, ids);
    if (near === void 0) continue;
    warnings.push(
      `${policy.path}:${entry.source.line}:${entry.source.column}: warning: known non-finding "${entry.id}" names rule "${entry.rule}", which connect-audit does not have (did you mean ${near}?)`
    );
  }
  return warnings;
}
function read(file, out, setExitCode) {
  const fail = (line) => {
    out.stderr(`${line}
`);
    if (setExitCode) setExitCode(2);
    else process.exitCode = 2;
    return void 0;
  };
  noteUnusualRun();
  try {
    if (file !== void 0) {
      const absolute = (0, import_node_path13.resolve)(out.cwd, file);
      let text;
      try {
        text = (0, import_node_fs13.readFileSync)(absolute, "utf8");
      } catch (error) {
        const code2 = error.code;
        return fail(`connect-audit: cannot read ${file}: ${code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "it is a directory" : error.message}`);
      }
      return loadPolicy(text, toPosix((0, import_node_path13.relative)(out.cwd, absolute)) || file);
    }
    const local = (0, import_node_path13.resolve)(out.cwd, "THREAT_MODEL.md");
    if ((0, import_node_fs13.existsSync)(local)) {
      const text = (0, import_node_fs13.readFileSync)(local, "utf8");
      if (hasPolicyBlocks(text)) return loadPolicy(text, "THREAT_MODEL.md");
      out.stderr("note: ./THREAT_MODEL.md carries no yaml threat-model blocks, so scans here use the built-in threat model\n");
    }
    return builtinPolicy();
  } catch (error) {
    if (error instanceof PolicyError) return fail(`${error.file}:${error.line}:${error.column}: error: ${error.message}`);
    throw error;
  }
}
function output(command, io) {
  if (io) return io;
  const configured = command.configureOutput();
  return {
    stdout: (text) => configured.writeOut ? configured.writeOut(text) : process.stdout.write(text),
    stderr: (text) => configured.writeErr ? configured.writeErr(text) : process.stderr.write(text),
    cwd: process.cwd()
  };
}
var import_node_fs13, import_node_path13;
var init_threat_model = __esm({
  "src/cli/commands/threat-model.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    import_node_path13 = require("node:path");
    init_esm();
    init_rules();
    init_threat_model_lookup();
    init_load();
    init_suggest();
    init_paths();
    init_code_paths();
    init_types();
  }
});

// src/scan/pass-one-worker.ts
var pass_one_worker_exports = {};
__export(pass_one_worker_exports, {
  servePassOne: () => servePassOne
});
async function servePassOne() {
  const { parentPort, workerData } = (0, import_node_module6.createRequire)(__connectAuditBundleUrl)("node:worker_threads");
  const data = workerData;
  if (parentPort === null || data?.connectAuditPassOne !== true) return false;
  const port = parentPort;
  registerReaders();
  const judge = new FileJudge({
    rules: selectRules(data.ruleIds),
    kafkaVersion: data.kafkaVersion,
    policy: policyFromSnapshot(data.policy, data.policyPath),
    inlineSuppressions: data.inlineSuppressions,
    today: data.today,
    fingerprints: data.fingerprints
  });
  port.on("message", (tasks) => {
    if (tasks === null) {
      port.close();
      return;
    }
    void (async () => {
      const outcomes = [];
      for (const task of tasks) outcomes.push(await judge.passOne(task));
      port.postMessage(outcomes);
    })();
  });
  return true;
}
var import_node_module6;
var init_pass_one_worker = __esm({
  "src/scan/pass-one-worker.ts"() {
    "use strict";
    import_node_module6 = require("node:module");
    init_snapshot();
    init_pass_one();
    init_readers();
    init_scan();
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  codePathsUsed: () => codePathsUsed,
  isUnusualRun: () => isUnusualRun,
  main: () => main,
  rememberUsableCacheDirectory: () => rememberUsableCacheDirectory,
  run: () => run,
  setBesideLoader: () => setBesideLoader,
  v8FlagsChanged: () => v8FlagsChanged
});
module.exports = __toCommonJS(main_exports);
init_esm();
init_errors();
init_package_root();
var import_node_url3 = require("node:url");
var import_node_fs14 = require("node:fs");
var import_node_path14 = require("node:path");
init_worker_argument();
init_paths();
init_error_name();

// src/cli/stdio.ts
var import_node_fs2 = require("node:fs");
var import_node_module = require("node:module");
function openOutput(fd) {
  const sink = sinkOf(fd);
  if (sink === "other") return streamOutput(fd);
  let closed = false;
  let stream;
  return {
    isTty: sink === "terminal",
    flushed: () => stream === void 0 || stream.writableLength === 0,
    write(text) {
      if (closed) return;
      if (stream !== void 0) return void stream.write(text);
      const bytes = Buffer.from(text, "utf8");
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += (0, import_node_fs2.writeSync)(fd, bytes, offset);
        } catch (error) {
          const code2 = error.code;
          if (code2 === "EPIPE" || code2 === "ECONNRESET") {
            closed = true;
          } else if (code2 === "EAGAIN" || code2 === "EMSGSIZE") {
            stream = guardedStream(fd);
            stream.write(bytes.subarray(offset));
          } else {
            process.exit(2);
          }
          return;
        }
      }
    }
  };
}
function streamOutput(fd) {
  const stream = guardedStream(fd);
  return { write: (text) => void stream.write(text), isTty: stream.isTTY === true, flushed: () => stream.writableLength === 0 };
}
function guardedStream(fd) {
  const stream = fd === 1 ? process.stdout : process.stderr;
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ECONNRESET") closed = true;
    else if (!closed) process.exit(2);
  });
  return stream;
}
function sinkOf(fd) {
  if (process.platform === "win32") return "other";
  try {
    const stats = (0, import_node_fs2.fstatSync)(fd);
    if (stats.isFIFO() || stats.isSocket() || stats.isFile()) return "plain";
    if (!stats.isCharacterDevice()) return "other";
    if (stats.rdev === (0, import_node_fs2.statSync)("/dev/null").rdev) return "plain";
    return isTerminal(fd) ? "terminal" : "other";
  } catch {
    return "other";
  }
}
function isTerminal(fd) {
  if (process.platform === "linux") {
    try {
      if ((0, import_node_fs2.readlinkSync)(`/proc/self/fd/${fd}`).startsWith("/dev/pts/")) return true;
    } catch {
    }
  }
  return (0, import_node_module.createRequire)(__connectAuditBundleUrl)("node:tty").isatty(fd);
}

// src/cli/main.ts
init_code_paths();
init_beside();
init_v8_flags();
init_code_paths();
init_cache();
async function run(argv, io) {
  const debug = argv.includes("--debug");
  let exitCode = 0;
  const setExitCode = (code2) => {
    exitCode = Math.max(exitCode, code2);
  };
  try {
    const program2 = new Command();
    program2.name("connect-audit").description("Find insecure security postures in Kafka and Kafka Connect configuration, judged by your THREAT_MODEL.md.").version(packageVersion(), "-V, --version").option("--debug", "show stack traces for internal errors").exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError("(run connect-audit --help for usage)");
    for (const register of await commandModulesFor(argv)) register(program2, io, setExitCode);
    await program2.parseAsync(["node", "connect-audit", ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    return await reportFailure(error, io, debug);
  }
  const processCode = typeof process.exitCode === "number" ? process.exitCode : 0;
  return Math.max(exitCode, processCode);
}
var COMMAND_MODULES = [
  { names: ["scan"], load: async () => (await Promise.resolve().then(() => (init_scan2(), scan_exports2))).registerScanCommand },
  { names: ["rules", "explain"], load: async () => (await Promise.resolve().then(() => (init_catalog(), catalog_exports))).registerCatalogCommands },
  { names: ["inspect"], load: async () => (await Promise.resolve().then(() => (init_inspect(), inspect_exports))).registerInspectCommand },
  { names: ["threat-model"], load: async () => (await Promise.resolve().then(() => (init_threat_model(), threat_model_exports))).registerThreatModelCommand }
];
function commandModulesFor(argv) {
  const name = argv.find((arg) => !arg.startsWith("-"));
  const named = COMMAND_MODULES.find((module2) => name !== void 0 && module2.names.includes(name));
  noteCodePath(`command:${named?.names[0] ?? "*"}`);
  return Promise.all((named ? [named] : COMMAND_MODULES).map((module2) => module2.load()));
}
async function reportFailure(error, io, debug) {
  if (error instanceof UsageError) {
    io.stderr(`connect-audit: ${error.message}
`);
  } else {
    const { PolicyError: PolicyError2 } = await Promise.resolve().then(() => (init_load(), load_exports));
    const { UnknownRuleError: UnknownRuleError2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
    if (error instanceof PolicyError2) {
      io.stderr(`${error.file}:${error.line}:${error.column}: error: ${error.message}
`);
    } else if (error instanceof UnknownRuleError2) {
      io.stderr(`connect-audit: ${error.message}
`);
    } else if (isSystemError(error) && typeof error.path === "string") {
      io.stderr(`${toPosix((0, import_node_path14.relative)(io.cwd, error.path)) || error.path}: error: cannot read (${error.code})
`);
    } else {
      io.stderr(`connect-audit: internal error (${errorKind(error)})${debug ? "" : "; rerun with --debug for details"}
`);
    }
  }
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
  return 2;
}
function isSystemError(error) {
  return error instanceof Error && typeof error.code === "string" && /^E[A-Z]+$/.test(error.code);
}
function errorKind(error) {
  if (isSystemError(error)) return `${error.code}${error.syscall ? ` on ${error.syscall}` : ""}`;
  if (error instanceof Error) return errorName(error);
  return typeof error;
}
function isMain() {
  try {
    return process.argv[1] !== void 0 && import_node_fs14.realpathSync.native(process.argv[1]) === import_node_fs14.realpathSync.native((0, import_node_url3.fileURLToPath)(__connectAuditBundleUrl));
  } catch {
    return false;
  }
}
if (process.argv.at(-1) === PASS_ONE_WORKER_ARGUMENT) {
  void Promise.resolve().then(() => (init_pass_one_worker(), pass_one_worker_exports)).then(async (worker) => {
    if (await worker.servePassOne()) return;
    process.stderr.write(`connect-audit: ${PASS_ONE_WORKER_ARGUMENT} is internal
`);
    process.exitCode = 2;
  });
} else if (isMain()) {
  main();
}
function main() {
  const stdout = openOutput(1);
  const stderr = openOutput(2);
  process.exitCode = 0;
  const end = (code2) => {
    process.exitCode = code2;
    if (stdout.flushed() && stderr.flushed()) process.exit(code2);
  };
  let cwd;
  try {
    cwd = process.cwd();
  } catch (error) {
    const code2 = error.code ?? "error";
    stderr.write(`connect-audit: cannot read the working folder (${code2}); run it from an existing folder
`);
    end(2);
    return;
  }
  const io = { stdout: stdout.write, stderr: stderr.write, cwd, env: process.env, stdoutIsTty: stdout.isTty, stderrIsTty: stderr.isTty };
  run(process.argv.slice(2), io).then(end, () => end(2));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codePathsUsed,
  isUnusualRun,
  main,
  rememberUsableCacheDirectory,
  run,
  setBesideLoader,
  v8FlagsChanged
});
