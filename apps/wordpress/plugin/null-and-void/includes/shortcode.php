<?php
/**
 * The [null-and-void] shortcode: one widget, in a frame that follows its content's height, with
 * a link to the record for readers whose reader or feed shows no frames.
 *
 * [null-and-void widget="statement" statement="nato-2022-09-22" lang="uk" theme="dark"]
 *
 * @package NullAndVoid
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcode.
 */
function null_and_void_register_shortcode() {
	add_shortcode( 'null-and-void', 'null_and_void_shortcode' );
}

/**
 * The widgets and the attributes each accepts, as the site's frame pages accept them. The build
 * writes widgets.json from the site's own list, so the two cannot drift apart.
 *
 * Also the class of the link card, which the site's embed.js hides once the frame reports.
 *
 * @return array{attributes: array<string, string[]>, common: string[], cardClass: string}|null Null when the file is missing.
 */
function null_and_void_widgets() {
	static $widgets = false;
	if ( false === $widgets ) {
		$file    = NULL_AND_VOID_DIR . '/widgets.json';
		$data    = is_readable( $file ) ? wp_json_file_decode( $file, array( 'associative' => true ) ) : null;
		$widgets = is_array( $data ) && isset( $data['attributes'], $data['common'], $data['cardClass'] ) ? $data : null;
	}
	return $widgets;
}

/**
 * Renders the shortcode, or explains what is wrong with it.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function null_and_void_shortcode( $atts ) {
	if ( '' === null_and_void_site_url() ) {
		return null_and_void_shortcode_problem( __( 'The address of the Null & Void site is not set (Settings → Null & Void).', 'null-and-void' ) );
	}
	$widgets = null_and_void_widgets();
	if ( null === $widgets ) {
		return null_and_void_shortcode_problem( __( 'The plugin is incomplete: its list of widgets (widgets.json) is missing. Install it again from a release.', 'null-and-void' ) );
	}
	$given  = null_and_void_shortcode_attributes( $atts );
	$widget = $given['widget'] ?? '';
	unset( $given['widget'] );
	$names = implode( ', ', array_keys( $widgets['attributes'] ) );
	if ( ! isset( $widgets['attributes'][ $widget ] ) ) {
		return null_and_void_shortcode_problem(
			'' === $widget
				/* translators: %s: the list of widgets. */
				? sprintf( __( 'The [null-and-void] shortcode needs a widget attribute, one of: %s.', 'null-and-void' ), $names )
				/* translators: 1: the widget the editor asked for, 2: the list of widgets. */
				: sprintf( __( 'There is no Null & Void widget “%1$s”. Use one of: %2$s.', 'null-and-void' ), $widget, $names )
		);
	}
	$allowed = array_merge( $widgets['attributes'][ $widget ], $widgets['common'] );
	$unknown = array_diff( array_keys( $given ), $allowed );
	if ( array() !== $unknown ) {
		return null_and_void_shortcode_problem(
			sprintf(
				/* translators: 1: a widget, 2: the attributes it does not have, 3: the attributes it takes. */
				_n( 'The %1$s widget has no attribute %2$s. It takes: %3$s.', 'The %1$s widget has no attributes %2$s. It takes: %3$s.', count( $unknown ), 'null-and-void' ),
				$widget,
				implode( ', ', $unknown ),
				implode( ', ', $allowed )
			)
		);
	}
	$lang = $given['lang'] ?? ( str_starts_with( get_locale(), 'uk' ) ? 'uk' : 'en' );
	unset( $given['lang'] );
	if ( 'en' !== $lang && 'uk' !== $lang ) {
		/* translators: %s: the language the editor asked for. */
		return null_and_void_shortcode_problem( sprintf( __( 'lang must be en or uk, not “%s”.', 'null-and-void' ), $lang ) );
	}
	return null_and_void_frame_markup( $widget, $lang, $given, $widgets['cardClass'] );
}

/**
 * The shortcode's attributes by name. A bare word (`no-credit`) is a boolean attribute, null here.
 *
 * @param array|string $atts The attributes as WordPress parsed them.
 * @return array<string, string|null>
 */
function null_and_void_shortcode_attributes( $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			$given[ strtolower( sanitize_text_field( (string) $value ) ) ] = null;
		} else {
			$given[ (string) $name ] = sanitize_text_field( (string) $value );
		}
	}
	return $given;
}

/**
 * What a shortcode with a mistake shows: a note to those who can edit the post (in the preview
 * and on the published page), an HTML comment for everyone else.
 *
 * @param string $message What is wrong and how to fix it.
 * @return string
 */
function null_and_void_shortcode_problem( $message ) {
	$post_id  = get_the_ID();
	$can_edit = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
	if ( $can_edit ) {
		return sprintf(
			'<p class="null-and-void-notice" style="border-left:4px solid #d63638;padding:0.5em 1em;background:#fcf0f1;color:#1e1e1e"><strong>%1$s</strong> %2$s <em>%3$s</em></p>',
			esc_html__( 'Null & Void:', 'null-and-void' ),
			esc_html( $message ),
			esc_html__( '(Only editors see this note; readers see nothing here.)', 'null-and-void' )
		);
	}
	// An HTML comment ends at the first "--"; esc_html leaves none of "<", ">" or "&" unescaped.
	return '<!-- Null & Void: ' . preg_replace( '/-{2,}/', '-', esc_html( $message ) ) . ' -->';
}

/**
 * The widget's frame, after the link card that readers see until the frame reports its height
 * (and wherever frames do not run), and embed.js, which sizes the frame and then hides the card.
 *
 * @param string                $widget     The widget.
 * @param string                $lang       'en' or 'uk'.
 * @param array<string, ?string> $params    The widget's attributes but `lang` (null: boolean).
 * @param string                $card_class The link card's class, which embed.js looks for.
 * @return string
 */
function null_and_void_frame_markup( $widget, $lang, $params, $card_class ) {
	$id    = 'nv-' . strtolower( wp_generate_password( 8, false ) );
	$query = array();
	foreach ( $params as $name => $value ) {
		// A boolean attribute takes its own name as its value, as in HTML.
		$query[] = rawurlencode( $name ) . '=' . rawurlencode( $value ?? $name );
	}
	$query[] = 'id=' . $id;
	$src     = null_and_void_page_url( $lang, 'embed/' . $widget . '/' ) . '?' . implode( '&', $query );
	$record  = null_and_void_record_url( $widget, $lang, $params );
	$title   = null_and_void_record_title( $record );
	$label   = '' !== $title ? $title : null_and_void_link_text( $widget, $lang );
	null_and_void_enqueue_embed_script();
	// No white space between the card and the frame: embed.js finds the card as the frame's previous sibling.
	return sprintf(
		'<div class="null-and-void-embed"><blockquote class="%1$s" lang="%2$s"><a href="%3$s">%4$s</a> · Null &amp; Void</blockquote><iframe data-nv-embed src="%5$s" title="%6$s" width="100%%" height="300" style="border:0;width:100%%;max-width:100%%" loading="lazy"></iframe></div>',
		esc_attr( $card_class ),
		esc_attr( $lang ),
		esc_url( $record ),
		esc_html( $label ),
		esc_url( $src ),
		esc_attr( $label )
	);
}

/**
 * The page of the record a widget shows: the statement, the quote, the UN vote, the vote event,
 * or else the list of statements.
 *
 * @param string                $widget The widget.
 * @param string                $lang   'en' or 'uk'.
 * @param array<string, string> $params The widget's attributes.
 * @return string
 */
function null_and_void_record_url( $widget, $lang, $params ) {
	$id = static function ( $name ) use ( $params ) {
		$value = $params[ $name ] ?? '';
		return ( '' === $value || false !== strpos( $value, ',' ) ) ? '' : rawurlencode( $value );
	};
	$path = 'statements/';
	if ( in_array( $widget, array( 'statement', 'quote' ), true ) && '' !== $id( 'statement' ) ) {
		$quote = $params['quote'] ?? '';
		$path  = 'statements/' . $id( 'statement' ) . '/';
		if ( 'quote' === $widget && ctype_digit( $quote ) ) {
			// The widget counts quotes from 0, the site's pages from 1.
			$path .= 'quotes/' . ( (int) $quote + 1 ) . '/';
		}
	} elseif ( 'tally' === $widget && '' !== $id( 'instrument' ) ) {
		$path = 'instruments/' . $id( 'instrument' ) . '/';
	} elseif ( '' !== $id( 'event' ) ) {
		$path = 'events/' . $id( 'event' ) . '/';
	}
	return null_and_void_page_url( $lang, $path );
}

/**
 * The record's title, from the site's oEmbed answer, kept for a day ('' when the site did not
 * answer; asked again after ten minutes).
 *
 * @param string $url The record's page.
 * @return string
 */
function null_and_void_record_title( $url ) {
	$key   = 'null_and_void_title_' . md5( $url );
	$title = get_transient( $key );
	if ( is_string( $title ) ) {
		return $title;
	}
	$data  = _wp_oembed_get_object()->get_data( $url, array( 'discover' => false ) );
	$title = is_object( $data ) && isset( $data->title ) && is_string( $data->title ) ? $data->title : '';
	set_transient( $key, $title, '' === $title ? 10 * MINUTE_IN_SECONDS : DAY_IN_SECONDS );
	return $title;
}

/**
 * The link to the record in the widget's language (the reader's, not the dashboard's).
 *
 * @param string $widget The widget.
 * @param string $lang   'en' or 'uk'.
 * @return string
 */
function null_and_void_link_text( $widget, $lang ) {
	$texts = array(
		'en' => array(
			'statement' => 'Read this statement on Null & Void',
			'tally'     => 'See this vote on Null & Void',
			'list'      => 'See these statements on Null & Void',
		),
		'uk' => array(
			'statement' => 'Читати цю заяву на Null & Void',
			'tally'     => 'Переглянути це голосування на Null & Void',
			'list'      => 'Переглянути ці заяви на Null & Void',
		),
	);
	$kind = in_array( $widget, array( 'statement', 'quote', 'tally' ), true ) ? ( 'tally' === $widget ? 'tally' : 'statement' ) : 'list';
	return $texts[ $lang ][ $kind ];
}
