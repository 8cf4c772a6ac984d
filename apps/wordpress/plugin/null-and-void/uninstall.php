<?php
/**
 * Removes the plugin's setting when the plugin is deleted.
 *
 * @package NullAndVoid
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'null_and_void_site_url' );
