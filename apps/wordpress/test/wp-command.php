<?php
/**
 * One step of the test, run inside the WordPress under test: php wp-command.php <command> '<json>'.
 * Prints "@@result@@" and the result as JSON; anything printed before it is PHP's own output
 * (a warning or notice), which the caller treats as a failure.
 *
 * @package NullAndVoid
 */

$_SERVER['HTTP_HOST']       = getenv( 'NV_WP_HOST' );
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$nv_plugin  = 'null-and-void/null-and-void.php';
$nv_args    = json_decode( $argv[2] ?? '{}', true );
$nv_command = $argv[1] ?? '';

switch ( $nv_command ) {
	case 'activate':
		$nv_result = activate_plugin( $nv_plugin );
		if ( is_wp_error( $nv_result ) ) {
			fwrite( STDERR, $nv_result->get_error_message() );
			exit( 1 );
		}
		$nv_result = array( 'active' => is_plugin_active( $nv_plugin ) );
		break;
	case 'deactivate':
		deactivate_plugins( $nv_plugin );
		$nv_result = array( 'active' => is_plugin_active( $nv_plugin ) );
		break;
	case 'publish':
		// As the administrator, like an editor in the dashboard (whose posts kses leaves alone).
		wp_set_current_user( 1 );
		$nv_id = wp_insert_post(
			array(
				'post_title'   => $nv_args['title'],
				'post_content' => $nv_args['content'],
				'post_status'  => 'publish',
				'post_author'  => 1,
			),
			true
		);
		if ( is_wp_error( $nv_id ) ) {
			fwrite( STDERR, $nv_id->get_error_message() );
			exit( 1 );
		}
		$nv_result = array(
			'id'  => $nv_id,
			'url' => get_permalink( $nv_id ),
		);
		break;
	case 'shortcode':
		// What a shortcode gives one user (0: a reader).
		wp_set_current_user( $nv_args['user'] );
		$nv_result = array( 'html' => do_shortcode( $nv_args['shortcode'] ) );
		break;
	case 'set-option':
		update_option( $nv_args['name'], $nv_args['value'] );
		$nv_result = array( $nv_args['name'] => get_option( $nv_args['name'] ) );
		break;
	default:
		fwrite( STDERR, "unknown command: $nv_command" );
		exit( 1 );
}
echo "@@result@@\n" . wp_json_encode( $nv_result );
