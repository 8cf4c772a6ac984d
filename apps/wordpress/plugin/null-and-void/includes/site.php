<?php
/**
 * The address of the Null & Void site the embeds come from, and the addresses built on it.
 *
 * @package NullAndVoid
 */

defined( 'ABSPATH' ) || exit;

/**
 * Turns an address typed by an administrator into the form the plugin uses: an http(s) URL
 * with a host, no query or fragment, ending in a slash. Anything else gives ''.
 *
 * @param mixed $value The address as given.
 * @return string The normalised address, or '' when it is not an http(s) address.
 */
function null_and_void_normalize_site_url( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$value = trim( $value );
	if ( '' === $value || false === filter_var( $value, FILTER_VALIDATE_URL ) ) {
		return '';
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || isset( $parts['query'] ) || isset( $parts['fragment'] ) ) {
		return '';
	}
	$scheme = strtolower( $parts['scheme'] ?? '' );
	if ( 'http' !== $scheme && 'https' !== $scheme ) {
		return '';
	}
	return trailingslashit( $value );
}

/**
 * The configured site's address, ending in a slash, or '' when none is set. The constant
 * NULL_AND_VOID_SITE_URL in wp-config.php overrides the setting.
 *
 * @return string
 */
function null_and_void_site_url() {
	if ( defined( 'NULL_AND_VOID_SITE_URL' ) ) {
		return null_and_void_normalize_site_url( NULL_AND_VOID_SITE_URL );
	}
	return null_and_void_normalize_site_url( get_option( 'null_and_void_site_url', '' ) );
}

/**
 * The address of a page of the site in a language, e.g. `…/uk/statements/nato-2022-09-22/`.
 *
 * @param string $lang 'en' or 'uk'.
 * @param string $path The page's path without the leading slash, e.g. `statements/x/`.
 * @return string
 */
function null_and_void_page_url( $lang, $path ) {
	return null_and_void_site_url() . ( 'uk' === $lang ? 'uk/' : '' ) . $path;
}

/**
 * Adds `async` to the embed.js tag: it only resizes frames, so nothing waits for it.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function null_and_void_async_embed_script( $tag, $handle ) {
	if ( 'null-and-void-embed' !== $handle || false !== strpos( $tag, ' async' ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' async src=', $tag );
}

/**
 * Loads embed.js, which sizes each Null & Void frame to its content, once per page.
 */
function null_and_void_enqueue_embed_script() {
	$site = null_and_void_site_url();
	if ( '' !== $site ) {
		// The version is the site's: embed.js is served by it, not by this plugin.
		wp_enqueue_script( 'null-and-void-embed', $site . 'embed.js', array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
}
