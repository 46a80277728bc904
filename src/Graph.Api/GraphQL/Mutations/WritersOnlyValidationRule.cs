using Graph.Core;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>
/// Reads are public; a mutation needs a credential. Checked during validation, so an anonymous mutation is refused
/// before any resolver runs and writes nothing.
/// </summary>
public sealed class WritersOnlyValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation && context.User?.Identity?.IsAuthenticated != true)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                ErrorCodes.Unauthorized,
                "Mutations need a credential: send 'Authorization: Bearer <key>' with a key the server knows (see `graph key new`).",
                context.Operation)
            {
                Code = ErrorCodes.Unauthorized,
            });
        }

        return default;
    }
}
