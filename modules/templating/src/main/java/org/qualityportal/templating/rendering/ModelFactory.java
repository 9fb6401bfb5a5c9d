package org.qualityportal.templating.rendering;

/**
 * Creates the model named by a definition's {@code modelClass}. A model is a plain object the script
 * reads ({@code model.items}); Java computes there so scripts only format.
 */
@FunctionalInterface
public interface ModelFactory {

    Object create(String className, ModelContext context) throws ReflectiveOperationException;

    /** Instantiates a public class with a constructor taking {@link ModelContext}. */
    ModelFactory REFLECTIVE = (className, context) -> Class.forName(className)
            .getConstructor(ModelContext.class).newInstance(context);
}
