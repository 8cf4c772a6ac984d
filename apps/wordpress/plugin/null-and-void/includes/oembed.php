<?php
/**
 * Null & Void as an oEmbed provider: a page address pasted on its own line becomes the embed.
 *
 * @package NullAndVoid
 */

defined( 'ABSPATH' ) || exit;

/**
 * The kinds of page that have an embed (statements, their quotes and filtered lists, vote
 * events, actors, regions, UN votes).
 */
const NULL_AND_VOID_EMBEDDABLE_PAGES = array( 'statements', 'events', 'actors', 'regions', 'instruments' );

/**
 * The pattern of the site's embeddable page addresses, in English and under `/uk/`, over http
 * or https.
 *
 * @param string $site The site's address, ending in a slash.
 * @return string A regular expression for preg_match.
 */
function null_and_void_page_pattern( $site ) {
	$parts = wp_parse_url( $site );
	$host  = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	$path  = $parts['path'] ?? '/';
	$kinds = implode( '|', NULL_AND_VOID_EMBEDDABLE_PAGES );
	return '#^https?://' . preg_quote( $host . $path, '#' ) . '(?:uk/)?(?:' . $kinds . ')(?:[/?]|$)#i';
}

/**
 * Registers the site's oEmbed endpoint for its page addresses. WordPress trusts a provider
 * registered this way: it keeps the answer's HTML, script included, instead of sandboxing it.
 */
function null_and_void_register_oembed_provider() {
	$site = null_and_void_site_url();
	if ( '' !== $site ) {
		wp_oembed_add_provider( null_and_void_page_pattern( $site ), $site . 'oembed', true );
	}
}
