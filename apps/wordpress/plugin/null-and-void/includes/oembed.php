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

/**
 * Asks the site for its embed without WordPress's default maximum size (500 px wide, or the
 * theme's content width, and one and a half times as high; not an editor's choice). The frame
 * takes the width of the column it is in and follows its content's height, so a cap would only
 * narrow the card or cut it off.
 *
 * @param string $provider The endpoint with its query.
 * @return string
 */
function null_and_void_oembed_fetch_url( $provider ) {
	$site = null_and_void_site_url();
	if ( '' === $site || 0 !== strpos( $provider, $site . 'oembed' ) ) {
		return $provider;
	}
	return remove_query_arg( array( 'maxwidth', 'maxheight' ), $provider );
}

/**
 * Embeds of our pages that the_content will pass through wpautop (posts from the classic
 * editor), while it does so. wpautop puts the frame in a paragraph of its own, apart from the
 * link card before it, so embed.js would no longer find the card to hide once the frame reports.
 *
 * @var string[]
 */
$GLOBALS['null_and_void_shielded_embeds'] = array();

/**
 * Replaces an embed of our pages with a placeholder until wpautop has run.
 *
 * @param string $html The embed's HTML.
 * @param string $url  The pasted address.
 * @return string
 */
function null_and_void_shield_embed( $html, $url ) {
	$site = null_and_void_site_url();
	if ( '' === $site || ! doing_filter( 'the_content' ) || false === has_filter( 'the_content', 'wpautop' ) || ! preg_match( null_and_void_page_pattern( $site ), $url ) ) {
		return $html;
	}
	$GLOBALS['null_and_void_shielded_embeds'][] = $html;
	return '<!--null-and-void-embed:' . ( count( $GLOBALS['null_and_void_shielded_embeds'] ) - 1 ) . '-->';
}

/**
 * Puts the embeds back, each in a block of its own (where wpautop would have put a paragraph),
 * so that the theme lays it out in the post's column.
 *
 * @param string $content The post's content.
 * @return string
 */
function null_and_void_restore_embeds( $content ) {
	return preg_replace_callback(
		'#(?:<p>\s*)?<!--null-and-void-embed:(\d+)-->(?:\s*</p>)?#',
		static function ( $matches ) {
			$html = $GLOBALS['null_and_void_shielded_embeds'][ (int) $matches[1] ] ?? '';
			return '' === $html ? '' : '<div class="null-and-void-embed">' . $html . '</div>';
		},
		$content
	);
}
