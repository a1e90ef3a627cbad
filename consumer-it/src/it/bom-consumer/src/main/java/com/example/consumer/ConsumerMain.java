package com.example.consumer;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.StaticTokenCredential;

/** Compiles and runs against the installed SDK artifacts, through the BOM only. */
public final class ConsumerMain {
  public static void main(String[] args) {
    var credential = new StaticTokenCredential("not-a-real-token");
    System.out.println("EWS endpoint: " + ExchangeEnvironment.WORLDWIDE.ewsUrl());
    System.out.println("Credential: " + credential);
  }
}
