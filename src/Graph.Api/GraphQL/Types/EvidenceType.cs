using Graph.Core.Domain;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>The span of a title or abstract that justifies a link.</summary>
public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Where a link was found: a span of the paper's title or abstract.";
        Field<NonNullGraphType<TextFieldType>>("field").Description("Title or abstract.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the span's first character (UTF-16 code units).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Offset just past the span's last character.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The exact text of the span.").Resolve(c => c.Source.Text);
    }
}
