package no.helsebro.platform.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Runs {@link ConfigurationCheck} when the database's configuration exists and before the pool is
 * made from it, so nothing connects to (or migrates) a database while the rest of the configuration
 * is wrong. The embedded database is checked before it starts, in {@link HelsebroPropertyResolver}.
 */
@Singleton
class ConfigurationCheckBeforeDatabase
    implements BeanCreatedEventListener<DatasourceConfiguration> {

  private final Environment environment;

  ConfigurationCheckBeforeDatabase(Environment environment) {
    this.environment = environment;
  }

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    ConfigurationCheck.require(environment, true);
    return event.getBean();
  }
}
