#pragma once
// The codes of every diagnostic the core reports (docs/cli.md lists them). One table, looked
// up while compiling: `diags.report(code("plan/unknown-attribute"), where, message)` does not
// build with a misspelt id. Codes are stable: a tool or a plan's `suppress` may name them, so
// an id is never reused for another meaning, only retired.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace planforge::detail {

namespace code_table {

inline constexpr Severity E = Severity::error, W = Severity::warning;

inline constexpr DiagnosticCode core_codes[] = {
    // Reading files
    {"file/unreadable", E, "a plan file is missing, a folder, unreadable or too large"},
    {"file/empty", E, "a plan file is empty"},
    {"file/wrong-encoding", E, "a plan file is not UTF-8 (UTF-16, UTF-32 or another declared encoding)"},
    {"file/invalid-utf8", E, "a plan file holds bytes that are not UTF-8"},
    {"file/control-character", E, "a plan file holds a control character XML does not allow"},
    // XML
    {"xml/malformed", E, "the file is not well-formed XML"},
    {"xml/second-root", E, "a file has a second root element"},
    {"xml/text-outside-root", E, "text before or after the root element"},
    {"xml/doctype-ignored", W, "a DOCTYPE is ignored (planforge reads no DTD)"},
    {"xml/undefined-entity", E, "an entity other than the five XML defines"},
    {"xml/invalid-character-reference", E, "a character reference that names no character"},
    {"xml/unterminated-reference", E, "an entity or character reference without its ';'"},
    {"xml/duplicate-attribute", E, "an attribute given twice on one element"},
    // The plan's structure
    {"plan/wrong-root", E, "the root element is not <plan>"},
    {"plan/missing-format", E, "<plan> has no format attribute"},
    {"plan/unsupported-format", E, "the plan is written for another format version"},
    {"plan/unknown-element", E, "an element its parent does not hold"},
    {"plan/unknown-attribute", E, "an attribute the element does not take"},
    {"plan/missing-attribute", E, "a required attribute is missing"},
    {"plan/empty-attribute", E, "a required attribute is empty"},
    {"plan/unexpected-text", E, "text where only elements belong"},
    {"plan/markup-in-plain-text", E, "markup inside an element that holds plain text"},
    {"plan/invalid-boolean", E, "a true/false attribute has another value"},
    {"plan/invalid-choice", E, "an attribute's value is not one of those allowed"},
    {"plan/invalid-date", E, "a date that is not ISO 8601 or not in the calendar"},
    {"plan/duplicate-element", E, "an element given twice where one is allowed"},
    {"plan/no-meta", E, "the plan has no <meta>"},
    {"plan/no-sections", W, "the plan has no sections"},
    {"plan/invalid-language", E, "lang is not a BCP 47 language tag"},
    {"plan/unsupported-language", E, "a language planforge has no catalogue for, or written right to left"},
    {"plan/invalid-percentage", E, "a percentage that is not a plain decimal from 0 to 100 and '%'"},
    {"plan/flow-without-effect", W, "a page-flow attribute that has no effect where it stands"},
    {"plan/file-not-found", E, "a file the plan names (a picture) does not exist or is not a file"},
    {"plan/file-outside-folder", E, "a file the plan names (a picture) is outside the plan's folder"},
    // The plan's vocabulary (<meta><vocabulary>, docs/localisation.md)
    {"vocabulary/invalid-key", E, "a <term key> that is not a message key"},
    {"vocabulary/empty-term", E, "an empty <term>"},
    {"vocabulary/invalid-pattern", E,
     "a <term> whose message pattern is malformed or names an unknown argument"},
    {"vocabulary/duplicate-term", E, "a word given twice"},
    {"vocabulary/unknown-word", E, "a <term> for a word the core or the plugin does not have"},
    {"vocabulary/unused", W, "a <term> for a plugin no section of the plan uses"},
    // Includes
    {"include/misplaced", E, "an <include> where no section may stand"},
    {"include/has-content", E, "an <include> with content"},
    {"include/outside-folder", E, "an include outside the plan's folder"},
    {"include/cycle", E, "files include each other in a cycle"},
    {"include/not-found", E, "an included file does not exist"},
    {"include/unreadable", E, "an included file cannot be read"},
    {"include/wrong-root", E, "an included file's root is not <section> or <sections>"},
    // Variables
    {"var/undefined", E, "${name} of a variable nobody defines"},
    {"var/invalid-reference", E, "${…} that does not hold a variable name"},
    {"var/unterminated", E, "a ${ without its closing }"},
    {"var/invalid-name", E, "a variable name that is not a name"},
    {"var/builtin-name", E, "a <var> takes a built-in variable's name"},
    {"var/duplicate", E, "a variable defined twice"},
    {"var/cycle", E, "a variable refers to itself, directly or through others"},
    {"var/set-builtin", E, "--set names a built-in other than version"},
    {"var/set-undeclared", E, "--set names a variable the plan does not declare"},
    // Ids and references
    {"id/duplicate", E, "an id used twice in the plan"},
    {"id/white-space", E, "an id with white space in it"},
    {"id/empty", E, "an empty id"},
    {"id/unknown-reference", E, "a reference to an id that does not exist"},
    {"id/wrong-kind", E, "a reference to an element of the wrong kind"},
    {"id/not-a-single-id", E, "a list of ids where one id belongs"},
    {"id/listed-twice", W, "an id listed twice in one attribute"},
    // <meta>
    {"meta/logo-not-found", E, "the logo file does not exist"},
    {"meta/logo-not-a-file", E, "the logo is not a file"},
    {"meta/duplicate-revision", E, "a revision version listed twice"},
    {"meta/revision-order", W, "revisions not listed oldest first"},
    {"meta/period-reversed", E, "the plan period starts after it ends"},
    {"meta/invalid-status", E, "status is not draft, review or final"},
    {"meta/no-title", E, "<meta> has no <title>"},
    {"meta/empty-title", E, "<title> is empty"},
    {"meta/invalid-colour", E, "a <brand> colour that is not #RRGGBB"},
    {"meta/font-not-installed", E, "a <brand> font family that is not installed"},
    {"meta/font-incomplete", W, "a <brand> font family without a bold, italic or bold italic face"},
    // Generic blocks
    {"block/list-without-items", E, "a <list> without <item>"},
    {"block/table-without-rows", E, "a <table> without <row>"},
    {"block/row-without-cells", E, "a <row> without <cell>"},
    {"block/row-width", E, "table rows that span different numbers of columns"},
    {"block/invalid-colspan", E, "colspan is not a whole number of at least 1"},
    {"block/header-below-body", W, "a header row below body rows"},
    {"block/note-mixed-content", E, "a <note> with both loose text and <p> paragraphs"},
    {"block/empty-note", W, "an empty <note>"},
    {"block/empty-subsection", W, "a <subsection> without blocks"},
    {"block/empty-paragraph", W, "an empty paragraph"},
    {"block/image-without-alt", W, "a picture without alt text saying what it shows"},
    {"block/enablers-without-enabler", E, "an <enablers> block without <enabler>"},
    {"block/invalid-width", E, "a picture's width that is not a percentage from 1 to 100"},
    // Values checked for plugins (the SDK's Checker)
    {"value/not-a-number", E, "a value that is not a plain decimal"},
    {"value/not-a-whole-number", E, "a value that is not a whole number"},
    {"value/out-of-range", E, "a number outside its allowed range"},
    {"value/no-text", E, "an element that must hold text is empty"},
    // Plugins
    {"plugin/rejected", E, "a plugin candidate on the plugin path cannot be used"},
    {"plugin/no-provider", E, "no plugin provides the section's type"},
    {"plugin/conflict", E, "several plugins provide the section's type"},
    {"plugin/shared-type", W, "several plugins provide one section type (planforge plugins)"},
    {"plugin/create-failed", E, "a plugin could not be created"},
    {"plugin/validate-failed", E, "a plugin failed while validating a section"},
    {"plugin/render-failed", E, "a plugin failed while naming or rendering a section"},
    {"plugin/invalid-figure", E, "a plugin drew a figure outside its canvas or without a usable size"},
    {"plugin/undeclared-code", E, "a plugin reported a code its diagnostic_codes() does not declare"},
    // Images
    {"image/unusable", E, "a picture or the logo is not a PNG or JPEG planforge can decode"},
    // The template
    {"theme/invalid", E, "the template (theme, its fonts or logo) cannot be used"},
    {"i18n/invalid-catalogue", E, "a message catalogue of planforge or a plugin cannot be used"},
    {"theme/questionable", W, "a template setting that is probably a mistake (an unknown placeholder)"},
    // Layout
    {"layout/refs-unsettled", W, "cross-reference page numbers did not settle"},
    {"layout/ref-without-page", W, "a reference to an id nothing in the document carries"},
    {"layout/figure-outside-canvas", W, "a figure draws outside its canvas"},
    // The run
    {"usage/invalid-option", E, "a command-line option is wrong"},
    {"usage/output-is-plan", E, "the output file is the plan itself"},
    {"usage/folder-exists", E, "new or new-plugin names a folder that already exists"},
    {"usage/output-name", E, "an output name that cannot be used for this plan (or that another plan takes)"},
    {"output/pdf-failed", E, "the PDF could not be produced"},
    {"output/write-failed", E, "the PDF could not be written"},
    // Comparing versions (planforge diff, render --changes-since; docs/diff.md)
    {"diff/git-unavailable", E, "--git: git cannot be run"},
    {"diff/not-in-repository", E, "--git: the plan is not inside a git repository"},
    {"diff/unknown-revision", E, "--git: a revision git does not know"},
    {"diff/not-in-revision", E, "the plan file is not in the revision named"},
    {"diff/not-compared", E, "render --changes-since could not compare with the earlier version"},
    {"limit/depth", E, "elements nested deeper than the depth limit (--limit depth=N)"},
    {"limit/elements", E, "more elements than the element limit (--limit elements=N)"},
    {"limit/attributes", E, "an element with more attributes than the limit (--limit attributes=N)"},
    {"limit/include-depth", E, "includes nested deeper than the limit (--limit include-depth=N)"},
    {"limit/includes", E, "more includes than the limit (--limit includes=N)"},
    {"limit/include-size", E, "includes reading more bytes in all than the limit (--limit include-size=N)"},
    {"limit/expansion", E, "${var} expansion producing more text than the limit (--limit expansion=N)"},
    {"limit/pages", E, "a document with more pages than the limit (--limit pages=N)"},
    {"value/too-long", E, "a value longer than one PDF string can hold (65,535 bytes; a link 21,845)"},
    {"usage/output-is-input", E,
     "-o names a file the run reads (the plan's includes, images, theme, plugins)"},
    {"text/missing-glyphs", W, "characters the theme's fonts cannot show"},
    {"internal/error", E, "an internal error (a bug in planforge or a plugin)"},
    {"internal/out-of-memory", E, "out of memory"},
    {"internal/installation", E, "a file of planforge's own installation (a skeleton) is missing"},
    {"internal/process-failed", E, "the process running one plan of several crashed or did not answer"},
    // Completeness: planforge lint's rules, in the order of docs/lint.md (lint_rules() is
    // this run of the table; validate and render report none of them)
    {"lint/area-missing", W, "each of the framework's seven areas has a section"},
    {"lint/context-missing", W, "the planning context describes all four context variables"},
    {"lint/goal-unmeasured", W, "every goal is measured by a KPI"},
    {"lint/goal-without-objectives", W, "every goal is broken into objectives"},
    {"lint/kpi-incomplete", W, "every KPI has a baseline, target, owner, frequency and due period"},
    {"lint/need-unaddressed", W, "every weak point is addressed by an offering, enabler or phase"},
    {"lint/need-unsourced", W, "every need says which customer feedback it comes from"},
    {"lint/offering-undelivered", W, "every offering is delivered by a rollout phase"},
    {"lint/phase-unowned", W, "every rollout phase has an owner"},
    {"lint/phase-outside-period", W, "every rollout phase lies inside the plan's period"},
    {"lint/phase-delivers-nothing", W, "every rollout phase delivers an offering or reaches a milestone"},
    {"lint/placeholder", E, "no TODO, TBD, FIXME, XXX or lorem ipsum is left in the plan"},
    // Suppressions (the `suppress` attribute)
    {"suppress/invalid", E, "a suppress attribute that is not 'CODE…: reason'"},
    {"suppress/no-reason", E, "a suppression without a reason"},
    {"suppress/error", E, "a suppression names an error, which cannot be suppressed"},
    {"suppress/unknown-code", W, "a suppression names a code nothing reports"},
    {"suppress/unused", W, "a suppression that suppressed nothing"},
};

}  // namespace code_table

using code_table::core_codes;

// The core's code `id`, checked while compiling.
consteval const DiagnosticCode& code(std::string_view id) { return find_code(core_codes, id); }

}  // namespace planforge::detail
