/**
 * Strings an attacker (or a careless editor) puts where the widgets expect text: the kinds of the
 * OWASP XSS filter-evasion cheat sheet and more, written for these tests. Every script in them
 * calls the page's canary, `nvPwned()`, or loads `/canary.js` (served by the tests, which calls
 * it); `alert`, `confirm`, `prompt` and `print` are canaries too.
 */

const tags = [
  'img src=x',
  'image src=x',
  'svg',
  'body',
  'iframe src=x',
  'video src=x',
  'audio src=x',
  'object data=x',
  'embed src=x',
  'input autofocus',
  'select autofocus',
  'textarea autofocus',
  'details open',
  'marquee',
  'style',
  'link rel=stylesheet href=x',
];
const handlers = ['onerror', 'onload', 'onfocus', 'ontoggle', 'onstart', 'onanimationstart'];

/** Event handlers on the elements that fire them without a click. */
const eventHandlers = tags.map(
  (tag, i) => `<${tag} ${handlers[i % handlers.length]}=nvPwned(${i})>`,
);

const scriptTags = [
  '<script>nvPwned(1)</script>',
  '<SCRIPT>nvPwned(2)</SCRIPT>',
  '<script src=/canary.js></script>',
  '<SCRIPT SRC=//127.0.0.1/canary.js></SCRIPT>',
  '<script/src=/canary.js>',
  '<script\tsrc=/canary.js></script>',
  '<script src=data:text/javascript,nvPwned(3)></script>',
  '<scr<script>ipt>nvPwned(4)</scr</script>ipt>',
  '<<script>nvPwned(5);//<</script>',
  '<script>/*</script><script>nvPwned(6)//*/</script>',
  '<script type=module>nvPwned(7)</script>',
  '<script>eval(atob("bnZQd25lZCg4KQ=="))</script>',
  '<script>\u2028nvPwned(9)</script>',
  '<svg><script>nvPwned(10)</script></svg>',
  '<svg><script href=/canary.js /></svg>',
  '<math><script>nvPwned(11)</script></math>',
  '<template><script>nvPwned(12)</script></template>',
  '<noscript><p title="</noscript><script>nvPwned(13)</script>">',
  '<xmp><script>nvPwned(14)</script></xmp>',
  '<plaintext><script>nvPwned(15)</script>',
];

/** Breaking out of an attribute, a tag or a raw-text element the text might land in. */
const breakouts = [
  '"><script>nvPwned(20)</script>',
  "'><script>nvPwned(21)</script>",
  '"><img src=x onerror=nvPwned(22)>',
  "' onmouseover='nvPwned(23)' x='",
  '" onmouseover="nvPwned(24)" x="',
  '" autofocus onfocus="nvPwned(25)" x="',
  '` onmouseover=nvPwned(26) x=`',
  '"/><svg onload=nvPwned(27)>',
  '</p><script>nvPwned(28)</script><p>',
  '</blockquote><script>nvPwned(29)</script>',
  '</title><script>nvPwned(30)</script>',
  '</textarea><script>nvPwned(31)</script>',
  '</style><script>nvPwned(32)</script>',
  '</script><script>nvPwned(33)</script>',
  '--><script>nvPwned(34)</script><!--',
  ']]><script>nvPwned(35)</script>',
  '<!--<img src="--><img src=x onerror=nvPwned(36)//">',
  '<a href="x" id="</a><img src=x onerror=nvPwned(37)>">',
  '"></nv-statement><script>nvPwned(38)</script>',
  '</slot><img src=x onerror=nvPwned(39)>',
  '"><slot name=x></slot><img src=x onerror=nvPwned(40)>',
  '\\"><img src=x onerror=nvPwned(41)>',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3DnvPwned(42)%3E',
  '&quot;&gt;&lt;img src=x onerror=nvPwned(43)&gt;',
];

/** SVG and MathML, where the parser's rules differ. */
const svgAndMathMl = [
  '<svg><animate onbegin=nvPwned(50) attributeName=x dur=1s>',
  '<svg><set onbegin=nvPwned(51) attributeName=x to=1>',
  '<svg><a xlink:href="javascript:nvPwned(52)"><text x=20 y=20>click</text></a></svg>',
  '<svg><a href="javascript:nvPwned(53)"><rect width=100 height=100 /></a></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x onload=nvPwned(54)>#x"/></svg>',
  '<svg><foreignObject><img src=x onerror=nvPwned(55)></foreignObject></svg>',
  '<svg><style><img src=x onerror=nvPwned(56)></style></svg>',
  '<svg><title><![CDATA[</title><script>nvPwned(57)</script>]]></title></svg>',
  '<svg><image href=x onerror=nvPwned(58) />',
  '<svg><discard onbegin=nvPwned(59) />',
  '<svg/onload=nvPwned(60)//',
  '<math><mtext><table><mglyph><style><img src=x onerror=nvPwned(61)>',
  '<math href="javascript:nvPwned(62)">click</math>',
  '<math><maction actiontype="statusline#javascript:nvPwned(63)">x</maction></math>',
  '<math><mi xlink:href="javascript:nvPwned(64)">x</mi></math>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=nvPwned(65) src>">',
  '<svg><animate attributeName=href values=javascript:nvPwned(66) /><a><text>x</text></a></svg>',
  '<svg><feImage href="javascript:nvPwned(67)" />',
];

/** Links and sources with a scheme that runs code, disguised every way a URL parser forgives. */
const urlSchemes = [
  'javascript:nvPwned(70)',
  'JaVaScRiPt:nvPwned(71)',
  ' javascript:nvPwned(72)',
  'javascript\t:nvPwned(73)',
  'java\tscript:nvPwned(74)',
  'java\nscript:nvPwned(75)',
  'java&#x09;script:nvPwned(76)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;nvPwned(77)',
  '&#x6A;avascript:nvPwned(78)',
  'javascript&colon;nvPwned(79)',
  '\u0001javascript:nvPwned(80)',
  'javascript://%0AnvPwned(81)',
  'javascript:/*--></title></style></textarea></script><svg/onload=nvPwned(82)>',
  'data:text/html,<script>nvPwned(83)</script>',
  'data:text/html;base64,PHNjcmlwdD5udlB3bmVkKDg0KTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=nvPwned(85)>',
  'data:application/javascript,nvPwned(86)',
  'DATA:text/html,<script>nvPwned(87)</script>',
  'vbscript:msgbox("nvPwned")',
  'VBScript:Execute("nvPwned")',
  'livescript:nvPwned(88)',
  'mocha:nvPwned(89)',
  'file:///etc/passwd',
  'blob:https://127.0.0.1/00000000-0000-0000-0000-000000000000',
  'filesystem:https://127.0.0.1/temporary/x',
  '//evil.example/x.json',
  '\\\\evil.example\\x.json',
  'https://evil.example/"><script>nvPwned(90)</script>',
  'https://evil.example/?q=</a><img src=x onerror=nvPwned(91)>',
  'about:blank',
  'chrome://settings',
  'view-source:https://127.0.0.1/',
  '<a href="javascript:nvPwned(92)">click</a>',
  '<a href="  javascript:nvPwned(93)">click</a>',
  '<iframe src="javascript:nvPwned(94)"></iframe>',
  '<iframe srcdoc="<script>nvPwned(95)</script>"></iframe>',
  '<object data="javascript:nvPwned(96)"></object>',
  '<embed src="data:image/svg+xml,<svg onload=nvPwned(97)>">',
  '<form action="javascript:nvPwned(98)"><button>go</button></form>',
  '<button formaction="javascript:nvPwned(99)">go</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:nvPwned(100)">',
  '<base href="javascript:nvPwned(101)//">',
  '<link rel=import href=/canary.js>',
  '<isindex action=javascript:nvPwned(102) type=image>',
];

/** Text that only becomes markup if something decodes it first. */
const encodings = [
  '&lt;script&gt;nvPwned(110)&lt;/script&gt;',
  '&#60;script&#62;nvPwned(111)&#60;/script&#62;',
  '&#x3C;script&#x3E;nvPwned(112)&#x3C;/script&#x3E;',
  '&#0000060script&#0000062nvPwned(113)',
  '%3Cscript%3EnvPwned(114)%3C%2Fscript%3E',
  '%253Cscript%253EnvPwned(115)',
  '\\u003cscript\\u003envPwned(116)\\u003c/script\\u003e',
  '\\x3cscript\\x3envPwned(117)\\x3c/script\\x3e',
  '+ADw-script+AD4-nvPwned(118)+ADw-/script+AD4-',
  '\uFF1Cscript\uFF1EnvPwned(119)\uFF1C/script\uFF1E',
  '<scr\u0000ipt>nvPwned(120)</scr\u0000ipt>',
  '<img src=x one\u0000rror=nvPwned(121)>',
  '<img """><script>nvPwned(122)</script>">',
  '<img src=`x`onerror=nvPwned(123)>',
  '<img src=x:alert(1) onerror=eval(src)>',
  '<IMG SRC=javascript:nvPwned(124)>',
  '<img/src=x/onerror=nvPwned(125)>',
  '<img src=x onerror="&#0000110vPwned(126)">',
  '<a href="jav&#x0A;ascript:nvPwned(127)">x</a>',
  '<div style="background:url(javascript:nvPwned(128))">',
  '<div style="width:expression(nvPwned(129))">',
  '<style>@import "/canary.js";</style>',
  '<style>*{background:url("javascript:nvPwned(130)")}</style>',
  '<style>nv-statement{display:none!important}</style>',
  '<link rel=stylesheet href="data:text/css,*{display:none}">',
];

/** Templates and frameworks: text that looks like their markers, and DOM clobbering. */
const templates = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal is the payload.
  '${nvPwned(140)}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal is the payload.
  '`${nvPwned(141)}`',
  '{{constructor.constructor("nvPwned(142)")()}}',
  '{{$on.constructor("nvPwned(143)")()}}',
  '<!--?lit$123456789$-->',
  'lit$123456789$',
  '<?lit$123456789$>',
  '<!--lit-part-->nvPwned(144)<!--/lit-part-->',
  '#{nvPwned(145)}',
  '<%= nvPwned(146) %>',
  '{{7*7}}',
  '<img name=trustedTypes>',
  '<form id=location><input name=href value="javascript:nvPwned(147)">',
  '<img id=nvPwned name=nvPwned>',
  '<a id=defaultView href="javascript:nvPwned(148)">',
  '<nv-statement statement="nato-2022-09-22" src="javascript:nvPwned(149)"></nv-statement>',
  '<slot></slot>',
  '<div part="title">spoofed</div>',
  '<template shadowrootmode=open><script>nvPwned(150)</script></template>',
  '<portal src=x></portal>',
];

/** Names objects inherit: a lookup by this text must not find them. */
const prototypeKeys = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  '__defineGetter__',
  'constructor.prototype',
];

/** Unicode and right-to-left tricks: the text must stay exactly as written, and in its box. */
const unicode = [
  '\u202Egnp.exe',
  'Source: \u202Eevil.example\u202C official',
  '\u2067\u05E9\u05DC\u05D5\u05DD\u2069 mixed \u2066ltr\u2069',
  '\u200F\u200E\u061C\u200B\u200C\u200D\u2060\uFEFF',
  'Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034DA\u036B\u0357\u0334\u0362\u0335\u031C\u0330\u0354L\u0368\u0367\u0369\u0358\u0320G\u0311\u0357\u030E\u0305\u035B\u0341\u0334\u033B\u0348\u034D\u0354\u0339O\u0342\u030C\u030C\u0358\u0328\u0335\u0339\u033B\u031D\u0333',
  '\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645 <script>nvPwned(160)</script>',
  '\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD',
  '\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66\uD83C\uDDFA\uD83C\uDDE6',
  '\uD800 lone surrogate \uDFFF',
  '\u2028line\u2029paragraph\u0085next',
  'tab\there\vvertical\fform\rreturn',
  '\u00A0\u2000\u2001\u2002\u2003\u3000spaces',
  'раураl.com',
  '\uFDFD\uFDFD\uFDFD\uFDFD',
  '\u0E14\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49',
  '\uFE0F\u20E3\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
  '\u{1D54F}\u{1D586}\u{1D4E2}\u{1F4A9}',
  '\u0000\u0001\u0002\u001B[31mred\u001B[0m',
  '\u001B]0;title\u0007',
];

/** Numbers and values a parser might read as something else. */
const values = [
  '0x10',
  '1e999',
  '-0',
  'NaN',
  'Infinity',
  '9007199254740993',
  '0000-00-00',
  '2022-02-30',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '{"statements":[]}',
  ',,,,',
  ' , , ',
  '-date,title',
];

const word = 'Null&Void';
/** Long strings: 200 KB of one word, of markup, of Cyrillic, of words, of one letter. */
const long = [
  'A'.repeat(200_000),
  '<script>nvPwned(170)</script>'.repeat(200_000 / 29),
  'Заява '.repeat(200_000 / 6),
  `${word} `.repeat(200_000 / 10),
  '\u202E'.repeat(1000) + 'x'.repeat(199_000),
];

/** Every payload, each once. */
export const XSS_PAYLOADS: readonly string[] = [
  ...new Set([
    ...eventHandlers,
    ...scriptTags,
    ...breakouts,
    ...svgAndMathMl,
    ...urlSchemes,
    ...encodings,
    ...templates,
    ...prototypeKeys,
    ...unicode,
    ...values,
    ...long,
  ]),
];
