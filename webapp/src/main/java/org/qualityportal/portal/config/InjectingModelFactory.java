package org.qualityportal.portal.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;

import org.qualityportal.templating.rendering.ModelContext;
import org.qualityportal.templating.rendering.ModelFactory;
import org.springframework.beans.factory.BeanFactory;

/**
 * Creates rendering models the way Magnolia injects them: a model's public constructor takes the
 * {@link ModelContext} first and may ask for any of the portal's beans after it (the search service,
 * say). Models stay plain classes named in template definitions; the light modules never see Spring.
 */
final class InjectingModelFactory implements ModelFactory {
    private final BeanFactory beans;

    InjectingModelFactory(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Object create(String className, ModelContext context) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        Constructor<?> constructor = constructor(type);
        Parameter[] parameters = constructor.getParameters();
        Object[] arguments = new Object[parameters.length];
        arguments[0] = context;
        for (int i = 1; i < parameters.length; i++) {
            arguments[i] = beans.getBean(parameters[i].getType());
        }
        return constructor.newInstance(arguments);
    }

    /** The public constructor whose first parameter is the model context (the shortest, if several). */
    private static Constructor<?> constructor(Class<?> type) throws NoSuchMethodException {
        Constructor<?> chosen = null;
        for (Constructor<?> candidate : type.getConstructors()) {
            Class<?>[] parameters = candidate.getParameterTypes();
            if (parameters.length > 0 && parameters[0] == ModelContext.class
                    && (chosen == null || parameters.length < chosen.getParameterCount())) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new NoSuchMethodException(type.getName() + " has no public constructor taking a ModelContext first");
        }
        return chosen;
    }
}
