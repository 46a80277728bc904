using Graph.Storage.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqliteFtsQueryTests
{
    [Theory]
    [InlineData("lora", "\"lora\"")]
    [InlineData("  \"LoRA\" AND -mmlu* ", "\"LoRA\" \"AND\" \"mmlu\"")]
    [InlineData("title:lora NEAR(a b)", "\"title\" \"lora\" \"NEAR\" \"a\" \"b\"")]
    [InlineData("GPT-4o", "\"GPT\" \"4o\"")]
    [InlineData("naïve café", "\"naïve\" \"café\"")]
    [InlineData("e\u0301tude", "\"e\u0301tude\"")]
    [InlineData("数据集 评测", "\"数据集\" \"评测\"")]
    [InlineData("rocket 🚀 launch", "\"rocket\" \"launch\"")]
    public void Build_UserText_QuotesEachWord(string text, string expected)
    {
        Assert.Equal(expected, SqliteFtsQuery.Build(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("* - : ( ) ^ + { }")]
    [InlineData("🚀")]
    public void Build_NoWords_ReturnsNull(string text)
    {
        Assert.Null(SqliteFtsQuery.Build(text));
    }
}
