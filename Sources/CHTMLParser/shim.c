#include "CHTMLParser.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdlib.h>

static pthread_once_t folio_html_once = PTHREAD_ONCE_INIT;

static void folio_html_initialize(void) { xmlInitParser(); }

static void folio_html_visit(xmlNodePtr node, int depth, int max_depth, const folio_html_visitor *visitor) {
    for (xmlNodePtr child = node; child != NULL; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (child->content != NULL) visitor->text(visitor->context, (const char *)child->content);
        } else if (child->type == XML_ELEMENT_NODE) {
            if (depth >= max_depth) {
                xmlChar *content = xmlNodeGetContent(child);
                if (content != NULL) {
                    visitor->text(visitor->context, (const char *)content);
                    xmlFree(content);
                }
                continue;
            }
            int count = 0;
            for (xmlAttrPtr attribute = child->properties; attribute != NULL; attribute = attribute->next) count++;
            const char **attributes = calloc((size_t)count * 2 + 1, sizeof(char *));
            xmlChar **values = calloc((size_t)count + 1, sizeof(xmlChar *));
            if (attributes == NULL || values == NULL) {
                free(attributes);
                free(values);
                continue;
            }
            int index = 0;
            for (xmlAttrPtr attribute = child->properties; attribute != NULL; attribute = attribute->next, index++) {
                values[index] = xmlNodeGetContent((xmlNodePtr)attribute);
                attributes[index * 2] = (const char *)attribute->name;
                attributes[index * 2 + 1] = values[index] != NULL ? (const char *)values[index] : "";
            }
            visitor->start(visitor->context, (const char *)child->name, attributes);
            for (int i = 0; i < count; i++) if (values[i] != NULL) xmlFree(values[i]);
            free(values);
            free(attributes);
            folio_html_visit(child->children, depth + 1, max_depth, visitor);
            visitor->end(visitor->context);
        }
    }
}

int folio_html_walk(const char *bytes, int length, int max_depth, const folio_html_visitor *visitor) {
    pthread_once(&folio_html_once, folio_html_initialize);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlDocPtr document = htmlReadMemory(bytes, length, NULL, "UTF-8", options);
    if (document == NULL) return -1;
    xmlNodePtr root = xmlDocGetRootElement(document);
    if (root == NULL) {
        xmlFreeDoc(document);
        return -1;
    }
    folio_html_visit(root, 0, max_depth, visitor);
    xmlFreeDoc(document);
    return 0;
}
