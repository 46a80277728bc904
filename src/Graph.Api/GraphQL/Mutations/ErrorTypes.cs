using Graph.Api.Curation;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>An input field is invalid.</summary>
public sealed class ValidationErrorType : ObjectGraphType<InvalidFieldFailure>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input field failed validation.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is InvalidFieldFailure;
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field, e.g. `title` or `evidence[0].end`.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("code").Description("What rule failed, e.g. `REQUIRED`, `TOO_LONG`, `DATE_IN_FUTURE`.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong.").Resolve(c => c.Source.Message);
    }
}

/// <summary>A node the mutation refers to does not exist.</summary>
public sealed class NotFoundErrorType : ObjectGraphType<NotFoundFailure>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "A node the mutation refers to does not exist.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is NotFoundFailure;
        Field<NonNullGraphType<StringGraphType>>("id").Description("The id that names no node.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("`NOT_FOUND`.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is missing.").Resolve(c => c.Source.Message);
    }
}

/// <summary>The mutation contradicts the graph, or the graph changed under it.</summary>
public sealed class ConflictErrorType : ObjectGraphType<ConflictFailure>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Description = "The mutation contradicts the graph (an existing paper, a taken name) or the graph changed under it.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is ConflictFailure;
        Field<NonNullGraphType<StringGraphType>>("code").Description("`CONFLICT`.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What conflicts.").Resolve(c => c.Source.Message);
    }
}
