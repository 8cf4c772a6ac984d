<?php
/**
 * Settings → Null & Void: the address of the site the embeds come from.
 *
 * @package NullAndVoid
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option with its validation.
 */
function null_and_void_register_setting() {
	register_setting(
		'null_and_void',
		'null_and_void_site_url',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'null_and_void_sanitize_site_url',
		)
	);
	add_settings_section( 'null_and_void_site', '', '__return_false', 'null-and-void' );
	add_settings_field(
		'null_and_void_site_url',
		__( 'Site address', 'null-and-void' ),
		'null_and_void_site_url_field',
		'null-and-void',
		'null_and_void_site',
		array( 'label_for' => 'null_and_void_site_url' )
	);
}

/**
 * Keeps an http(s) address; anything else is refused with an error on the settings screen and
 * the saved address stays as it was.
 *
 * @param mixed $value The submitted address.
 * @return string
 */
function null_and_void_sanitize_site_url( $value ) {
	if ( is_string( $value ) && '' === trim( $value ) ) {
		return '';
	}
	$url = null_and_void_normalize_site_url( $value );
	if ( '' !== $url ) {
		return $url;
	}
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error(
			'null_and_void_site_url',
			'null_and_void_invalid_site_url',
			sprintf(
				/* translators: %s: the address the administrator typed. */
				__( '“%s” is not an http:// or https:// address, so the site address was not changed.', 'null-and-void' ),
				is_string( $value ) ? $value : ''
			)
		);
	}
	return (string) get_option( 'null_and_void_site_url', '' );
}

/**
 * Adds Settings → Null & Void.
 */
function null_and_void_add_settings_page() {
	add_options_page(
		__( 'Null & Void', 'null-and-void' ),
		__( 'Null & Void', 'null-and-void' ),
		'manage_options',
		'null-and-void',
		'null_and_void_render_settings_page'
	);
}

/**
 * Prints the address field (read-only when wp-config.php sets the address).
 */
function null_and_void_site_url_field() {
	$fixed = defined( 'NULL_AND_VOID_SITE_URL' );
	printf(
		'<input type="url" class="regular-text code" id="null_and_void_site_url" name="null_and_void_site_url" value="%1$s" placeholder="https://" %2$s/>',
		esc_attr( $fixed ? (string) NULL_AND_VOID_SITE_URL : (string) get_option( 'null_and_void_site_url', '' ) ),
		$fixed ? 'readonly aria-describedby="null-and-void-site-url-fixed"' : 'aria-describedby="null-and-void-site-url-help"'
	);
	if ( $fixed ) {
		echo '<p class="description" id="null-and-void-site-url-fixed">' . esc_html__( 'Set by the NULL_AND_VOID_SITE_URL constant in wp-config.php.', 'null-and-void' ) . '</p>';
		return;
	}
	echo '<p class="description" id="null-and-void-site-url-help">' . esc_html__( 'The address of the Null & Void site whose pages your editors paste, e.g. the public site or your own copy of it. Embeds load from this address.', 'null-and-void' ) . '</p>';
}

/**
 * Prints the settings screen.
 */
function null_and_void_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Paste the address of a statement, quote, vote event, actor, region, UN vote or filtered list of statements on its own line in a post, or use the [null-and-void] shortcode.', 'null-and-void' ) . '</p>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'null_and_void' );
	do_settings_sections( 'null-and-void' );
	submit_button();
	echo '</form></div>';
}

/**
 * Tells administrators, on the dashboard and the plugins screen, that embeds need the address.
 */
function null_and_void_missing_site_notice() {
	$screen = get_current_screen();
	if ( '' !== null_and_void_site_url() || ! current_user_can( 'manage_options' ) || ! $screen || ! in_array( $screen->id, array( 'dashboard', 'plugins' ), true ) ) {
		return;
	}
	printf(
		'<div class="notice notice-warning"><p>%1$s <a href="%2$s">%3$s</a></p></div>',
		esc_html__( 'Null & Void embeds nothing until you give the address of the Null & Void site.', 'null-and-void' ),
		esc_url( admin_url( 'options-general.php?page=null-and-void' ) ),
		esc_html__( 'Set the address', 'null-and-void' )
	);
}

/**
 * Adds a "Settings" link to the plugin's row on the plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function null_and_void_settings_link( $links ) {
	$links[] = sprintf(
		'<a href="%1$s">%2$s</a>',
		esc_url( admin_url( 'options-general.php?page=null-and-void' ) ),
		esc_html__( 'Settings', 'null-and-void' )
	);
	return $links;
}
