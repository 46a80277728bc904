using Graph.Core.Domain;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>Which field of a paper a span of evidence lies in.</summary>
public sealed class TextFieldType : EnumerationGraphType<TextField>
{
    public TextFieldType()
    {
        Name = "TextField";
        Description = "The part of a paper a span lies in.";
    }
}
