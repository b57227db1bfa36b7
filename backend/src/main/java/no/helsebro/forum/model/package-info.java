/**
 * The forum's rules as plain Java (STYLE.md items 3 and 19): who sees what of a post, what each
 * topic kind requires and allows, when an edit conflicts. No framework, no database: the services
 * ask these classes and turn a refusal into the API's answer. Unit-tested directly.
 */
package no.helsebro.forum.model;
