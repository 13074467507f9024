/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

/** Writes a report as one HTML page: inline style, inline SVG, one small inline script. */
final class Html {
  private static final String CSS =
      """
      :root{--fs:16px}
      *{box-sizing:border-box}
      body{margin:0;font-family:system-ui,'Segoe UI','Noto Sans CJK SC','WenQuanYi Zen Hei',\
      'Microsoft YaHei',sans-serif;font-size:var(--fs);color:#222;background:#f6f7f9;line-height:1.45}
      body.large{--fs:24px}
      header{background:#12355b;color:#fff;padding:18px 28px}
      header h1{margin:0 0 4px;font-size:1.7em}
      header p{margin:0;opacity:.85}
      .bar{float:right}
      button{font:inherit;font-size:.8em;border:1px solid #888;background:#fff;color:#222;\
      border-radius:5px;padding:3px 10px;margin-left:6px;cursor:pointer}
      header button{background:#ffffff22;color:#fff;border-color:#ffffff88}
      main{max-width:1180px;margin:0 auto;padding:12px 24px 48px}
      body.large main{max-width:none}
      section h2{font-size:1.35em;margin:28px 0 6px;border-bottom:2px solid #12355b33}
      section>p{margin:4px 0 14px;max-width:62em}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:16px}
      body.large .grid{grid-template-columns:1fr}
      figure{margin:0;background:#fff;border:1px solid #dde;border-radius:8px;padding:8px}
      figure svg{width:100%;height:auto;display:block}
      figcaption{display:flex;justify-content:flex-end;font-size:.8em;color:#555;padding-top:4px}
      .tiles{display:flex;flex-wrap:wrap;gap:12px}
      .tile{background:#fff;border:1px solid #dde;border-left:5px solid #0072B2;border-radius:8px;\
      padding:10px 16px;min-width:12em;flex:1}
      .tile .l{font-size:.85em;color:#555}.tile .v{font-size:1.6em;font-weight:600}
      .tile .d{font-size:.8em;color:#555}
      h3{font-size:1.05em;margin:6px 0}
      table{border-collapse:collapse;background:#fff;width:100%}
      th,td{border:1px solid #dde;padding:4px 10px;text-align:right}
      th:first-child,td:first-child{text-align:left}
      th{background:#eef2f7}
      .tablebox{overflow-x:auto;background:#fff;border:1px solid #dde;border-radius:8px;padding:8px}
      #render-status{display:none}
      .note pre{background:#fff;border:1px solid #dde;border-radius:8px;padding:12px 16px;      overflow-x:auto;font-family:ui-monospace,'DejaVu Sans Mono','Noto Sans Mono CJK SC',      'WenQuanYi Zen Hei Mono',monospace;font-size:.85em;line-height:1.4;white-space:pre-wrap}
      .note pre:empty{display:none}
      .links{display:flex;flex-wrap:wrap;gap:8px 22px;padding-left:18px}
      footer{color:#666;font-size:.8em;text-align:center;padding:18px}
      @media print{button{display:none}body{background:#fff}}
      """;

  /**
   * The page script: records script errors, offers SVG and PNG downloads of each chart and the
   * projector layout, and writes what the browser rendered into {@code #render-status}.
   */
  private static final String SCRIPT =
      """
      (function(){
      var svgText=function(id){var s=document.getElementById('svg-'+id);
      return new XMLSerializer().serializeToString(s);};
      var save=function(name,blob){var a=document.createElement('a');a.download=name;
      a.href=URL.createObjectURL(blob);document.body.appendChild(a);a.click();a.remove();
      setTimeout(function(){URL.revokeObjectURL(a.href);},1000);};
      window.cx4jSvg=function(id){save(id+'.svg',new Blob([svgText(id)],{type:'image/svg+xml'}));};
      window.cx4jPngData=function(id){return new Promise(function(ok,fail){
      var s=document.getElementById('svg-'+id);var vb=s.viewBox.baseVal;var img=new Image();
      img.onload=function(){var c=document.createElement('canvas');c.width=vb.width*2;
      c.height=vb.height*2;var g=c.getContext('2d');g.scale(2,2);
      g.drawImage(img,0,0,vb.width,vb.height);ok(c.toDataURL('image/png'));};
      img.onerror=function(){fail(new Error('cannot draw '+id));};
      img.src='data:image/svg+xml;charset=utf-8,'+encodeURIComponent(svgText(id));});};
      window.cx4jPng=function(id){window.cx4jPngData(id).then(function(u){fetch(u).then(
      function(r){return r.blob();}).then(function(b){save(id+'.png',b);});});};
      window.cx4jLarge=function(){document.body.classList.toggle('large');};
      var report=function(){var out=[];document.querySelectorAll('[data-block]').forEach(function(b){
      var svg=b.querySelector('svg');var box=(svg||b).getBoundingClientRect();
      out.push({id:b.getAttribute('data-block'),expected:+b.getAttribute('data-marks'),
      marks:b.querySelectorAll('.mark').length,width:Math.round(box.width),
      height:Math.round(box.height)});});
      document.getElementById('render-status').textContent=JSON.stringify({
      errors:window.cx4jErrors,blocks:out,ms:Math.round(performance.now())});};
      if(document.readyState==='complete'){report();}else{window.addEventListener('load',report);}
      })();
      """;

  private Html() {}

  static String page(Report r, boolean large) {
    ReportText t = r.text();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t.chinese() ? "zh" : "en")
        .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\"")
        .append(" content=\"width=device-width,initial-scale=1\"><title>")
        .append(Svg.esc(r.title()))
        .append("</title><style>")
        .append(CSS)
        .append("</style><script>window.cx4jErrors=[];window.addEventListener('error',")
        .append("function(e){window.cx4jErrors.push(String(e.message));});</script></head>\n")
        .append("<body")
        .append(large ? " class=\"large\"" : "")
        .append("><header><span class=\"bar\"><button type=\"button\" onclick=\"cx4jLarge()\">")
        .append(Svg.esc(t.get("page.large")))
        .append("</button></span><h1>")
        .append(Svg.esc(r.title()))
        .append("</h1><p>")
        .append(Svg.esc(r.subtitle()))
        .append("</p></header>\n<main>");
    for (Section s : r.sections()) {
      h.append("<section>");
      if (!s.title().isEmpty()) {
        h.append("<h2>").append(Svg.esc(s.title())).append("</h2>");
      }
      if (!s.text().isEmpty()) {
        h.append("<p>").append(Svg.esc(s.text())).append("</p>");
      }
      boolean inGrid = false;
      for (Block b : s.blocks()) {
        boolean chart = !(b instanceof Tiles) && !(b instanceof Table) && !(b instanceof Note);
        if (chart && !inGrid) {
          h.append("<div class=\"grid\">");
          inGrid = true;
        } else if (!chart && inGrid) {
          h.append("</div>");
          inGrid = false;
        }
        block(h, b, t);
      }
      if (inGrid) {
        h.append("</div>");
      }
      h.append("</section>\n");
    }
    h.append("</main><footer>")
        .append(Svg.esc(t.get("page.footer")))
        .append("</footer><div id=\"render-status\"></div><script>")
        .append(SCRIPT)
        .append("</script></body></html>\n");
    return h.toString();
  }

  private static void block(StringBuilder h, Block b, ReportText t) {
    String attrs =
        " id=\"block-"
            + b.id()
            + "\" data-block=\""
            + b.id()
            + "\" data-marks=\""
            + b.marks()
            + "\"";
    if (b instanceof Note note) {
      h.append("<div class=\"note\"").append(attrs).append('>');
      if (!note.title().isEmpty()) {
        h.append("<h3>").append(Svg.esc(note.title())).append("</h3>");
      }
      h.append("<pre class=\"mark\">").append(Svg.esc(note.text())).append("</pre>");
      if (!note.links().isEmpty()) {
        h.append("<ul class=\"links\">");
        for (Note.Link l : note.links()) {
          h.append("<li class=\"mark\"><a href=\"")
              .append(Svg.esc(l.href()))
              .append("\">")
              .append(Svg.esc(l.label()))
              .append("</a></li>");
        }
        h.append("</ul>");
      }
      h.append("</div>");
    } else if (b instanceof Tiles tiles) {
      h.append("<div").append(attrs).append("><h3>").append(Svg.esc(b.title())).append("</h3>");
      h.append("<div class=\"tiles\">");
      for (Tiles.Tile tile : tiles.tiles()) {
        h.append("<div class=\"tile mark\"><div class=\"l\">")
            .append(Svg.esc(tile.label()))
            .append("</div><div class=\"v\">")
            .append(Svg.esc(tile.value()))
            .append("</div><div class=\"d\">")
            .append(Svg.esc(tile.detail()))
            .append("</div></div>");
      }
      h.append("</div></div>");
    } else if (b instanceof Table table) {
      h.append("<div class=\"tablebox\"")
          .append(attrs)
          .append("><h3>")
          .append(Svg.esc(b.title()))
          .append("</h3><table><thead><tr>");
      for (String c : table.header()) {
        h.append("<th>").append(Svg.esc(c)).append("</th>");
      }
      h.append("</tr></thead><tbody>");
      for (java.util.List<String> row : table.rows()) {
        h.append("<tr class=\"mark\">");
        for (String c : row) {
          h.append("<td>").append(Svg.esc(c)).append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</tbody></table></div>");
    } else {
      h.append("<figure").append(attrs).append('>').append(Svg.render(b));
      h.append("<figcaption><button type=\"button\" onclick=\"cx4jSvg('")
          .append(b.id())
          .append("')\">")
          .append(Svg.esc(t.get("page.saveSvg")))
          .append("</button><button type=\"button\" onclick=\"cx4jPng('")
          .append(b.id())
          .append("')\">")
          .append(Svg.esc(t.get("page.savePng")))
          .append("</button></figcaption></figure>");
    }
  }
}
