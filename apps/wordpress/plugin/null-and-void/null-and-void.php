<?php
/**
 * Plugin Name:       Null & Void
 * Description:       Embeds the public record of what the world said about Russia's so-called referendums and elections in occupied Ukraine: paste a Null & Void page's address on its own line, or use the [null-and-void] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Null & Void
 * License:           MIT
 * Text Domain:       null-and-void
 * Domain Path:       /languages
 *
 * @package NullAndVoid
 */

defined( 'ABSPATH' ) || exit;

define( 'NULL_AND_VOID_VERSION', '0.1.0' );
define( 'NULL_AND_VOID_DIR', __DIR__ );

require_once __DIR__ . '/includes/site.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/oembed.php';
require_once __DIR__ . '/includes/shortcode.php';

add_action( 'init', 'null_and_void_load_textdomain', 1 );
add_action( 'init', 'null_and_void_register_oembed_provider' );
add_action( 'init', 'null_and_void_register_shortcode' );
add_action( 'admin_init', 'null_and_void_register_setting' );
add_action( 'admin_menu', 'null_and_void_add_settings_page' );
add_action( 'admin_notices', 'null_and_void_missing_site_notice' );
add_filter( 'oembed_fetch_url', 'null_and_void_oembed_fetch_url' );
add_filter( 'embed_oembed_html', 'null_and_void_shield_embed', 10, 2 );
add_filter( 'the_content', 'null_and_void_restore_embeds', 20 );
add_filter( 'script_loader_tag', 'null_and_void_async_embed_script', 10, 2 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'null_and_void_settings_link' );

/**
 * Loads the plugin's translations (Ukrainian ships with it).
 */
function null_and_void_load_textdomain() {
	load_plugin_textdomain( 'null-and-void', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
