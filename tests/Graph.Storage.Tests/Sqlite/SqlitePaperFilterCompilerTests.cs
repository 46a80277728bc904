using Graph.Core.Querying;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

public sealed class SqlitePaperFilterCompilerTests
{
    [Fact]
    public void Compile_HostileValues_KeepsThemOutOfTheSqlText()
    {
        string[] hostile = ["' OR 1=1 --", "x'); DROP TABLE papers; --", "a\"b", "Robert'); --", "2401'"];
        var filter = new PaperFilter
        {
            Title = new() { Eq = hostile[0], Contains = hostile[1] },
            Organization = new() { In = [hostile[2]], Nin = [hostile[3]] },
            ArxivId = new() { StartsWith = hostile[4], Neq = hostile[0] },
            Methods = new() { Some = new() { Name = new() { Eq = hostile[1] } }, All = new() { Id = new() { Neq = hostile[3] } } },
            Or = [new() { Abstract = new() { Contains = hostile[2] } }],
        };
        var sql = new SqliteQueryBuilder();

        var condition = SqlitePaperFilterCompiler.Compile(filter, sql);

        Assert.All(hostile, value => Assert.DoesNotContain(value, condition, StringComparison.Ordinal));
        Assert.DoesNotContain("'", condition.Replace("'method'", "", StringComparison.Ordinal).Replace(@"ESCAPE '\'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(9, sql.Parameters.Count);
        Assert.Contains(sql.Parameters, p => Equals(p.Value, hostile[0]));
    }

    [Fact]
    public void Compile_NoConditions_HoldsForEveryPaper()
    {
        Assert.Equal("1", SqlitePaperFilterCompiler.Compile(new PaperFilter(), new SqliteQueryBuilder()));
        Assert.Equal("(1)", SqlitePaperFilterCompiler.Compile(new PaperFilter { And = [] }, new SqliteQueryBuilder()));
        Assert.Equal("(0)", SqlitePaperFilterCompiler.Compile(new PaperFilter { Or = [] }, new SqliteQueryBuilder()));
    }

    [Fact]
    public void Compile_ContainsWithWildcards_EscapesThemInTheParameter()
    {
        var sql = new SqliteQueryBuilder();

        SqlitePaperFilterCompiler.Compile(new PaperFilter { Title = new() { Contains = @"50%_off\" } }, sql);

        Assert.Equal(@"%50\%\_off\\%", Assert.Single(sql.Parameters).Value);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100%", @"100\%")]
    [InlineData("a_b", @"a\_b")]
    [InlineData(@"c:\path", @"c:\\path")]
    [InlineData(@"\%_", @"\\\%\_")]
    public void EscapeLike_SpecialCharacters_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, SqlitePaperFilterCompiler.EscapeLike(text));
    }

    [Fact]
    public void CompileEntity_PaperCount_ComparesTheStoredCount()
    {
        var sql = new SqliteQueryBuilder();

        var condition = SqlitePaperFilterCompiler.CompileEntity(
            new EntityFilter { PaperCount = new() { Gte = 3 } }, sql, "e");

        Assert.Equal("(e.paper_count >= $p0)", condition);
        Assert.Equal(3L, Assert.Single(sql.Parameters).Value);
    }
}
