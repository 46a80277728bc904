namespace Graph.Storage.Tests;

public sealed class SnippetMarkupTests
{
    [Fact]
    public void ToHtml_MarkersAroundMarkup_EscapesTextThenMarks()
    {
        var html = SnippetMarkup.ToHtml("a \u0002<b>\u0003 & 'q' \"x\"");

        Assert.Equal("a <mark>&lt;b&gt;</mark> &amp; &#39;q&#39; &quot;x&quot;", html);
    }

    [Fact]
    public void ToHtml_NonAsciiText_IsKeptAsIs()
    {
        Assert.Equal("naïve … <mark>café</mark>", SnippetMarkup.ToHtml("naïve … \u0002café\u0003"));
    }
}
