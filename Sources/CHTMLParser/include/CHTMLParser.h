#ifndef FOLIO_CHTMLPARSER_H
#define FOLIO_CHTMLPARSER_H

/// Receives an HTML document's elements and text in document order.
/// `attributes` holds name, value, name, value, … and ends with NULL.
typedef struct folio_html_visitor {
    void *context;
    void (*start)(void *context, const char *name, const char *const *attributes);
    void (*end)(void *context);
    void (*text)(void *context, const char *text);
} folio_html_visitor;

/// Parses `length` bytes of UTF-8 HTML with libxml2's HTML parser (recovering, no network) and walks the tree.
/// Elements deeper than `max_depth` are reported as their text alone. Returns 0, or -1 when nothing was parsed.
int folio_html_walk(const char *bytes, int length, int max_depth, const folio_html_visitor *visitor);

#endif
